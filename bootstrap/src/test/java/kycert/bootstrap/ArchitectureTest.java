package kycert.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's boundaries, checked on the production classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the other modules arrive as jars or reactor class folders on the test classpath: keep jars in the import
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("kycert");
    }

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"kycert.domain", "kycert.application", "kycert.adapters.http",
                "kycert.adapters.jdbc", "kycert.adapters.memory", "kycert.adapters.lists", "kycert.bootstrap"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s", pkg).isTrue();
        }
    }

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("kycert.domain..")
                .layer("Application").definedBy("kycert.application..")
                .layer("Http").definedBy("kycert.adapters.http..")
                .layer("Jdbc").definedBy("kycert.adapters.jdbc..")
                .layer("Memory").definedBy("kycert.adapters.memory..")
                .layer("Lists").definedBy("kycert.adapters.lists..")
                .layer("Bootstrap").definedBy("kycert.bootstrap..")
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Http").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Jdbc").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Memory").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Lists").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Http", "Jdbc", "Memory", "Bootstrap")
                .check(classes);
    }

    @Test
    void domainUsesOnlyTheJdkAndVavr() {
        classes().that().resideInAPackage("kycert.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("kycert.domain..", "java..", "javax.crypto..", "io.vavr..")
                .because("the domain is pure Java: no framework, no I/O library")
                .check(classes);
    }

    @Test
    void applicationUsesOnlyTheDomainTheJdkAndVavr() {
        classes().that().resideInAPackage("kycert.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("kycert.application..", "kycert.domain..", "java..", "io.vavr..")
                .check(classes);
    }

    @Test
    void domainReadsNoClock() {
        noClasses().that().resideInAPackage("kycert.domain..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .because("time is passed in")
                .check(classes);
    }

    @Test
    void inboundPortsAreUseCasesCommandsAndQueries() {
        classes().that().resideInAPackage("kycert.application.port.in").and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase")
                .orShould().haveSimpleNameEndingWith("Command")
                .orShould().haveSimpleNameEndingWith("Query")
                .check(classes);
    }

    @Test
    void outboundPortsArePorts() {
        classes().that().resideInAPackage("kycert.application.port.out").and().areTopLevelClasses()
                .and().areInterfaces()
                .should().haveSimpleNameEndingWith("Port")
                .check(classes);
    }
}
