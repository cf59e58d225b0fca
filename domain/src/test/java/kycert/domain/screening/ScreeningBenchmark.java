package kycert.domain.screening;

import io.vavr.control.Option;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.Document;

/**
 * A rough measure, not a test: builds every list at full size from synthetic names (sanctions 20k entries with
 * aliases, CEIS 25k, CNEP 2k, CEPIM 3k, PEP 120k with masked CPFs) and prints build time, heap and the CPU time of
 * screening one subject against all of them (p50/p99/max). International names mix common words with made-up ones,
 * or (argument {@code small}) come from 48 words only, a worst case where each word is in thousands of names. Run after {@code mvn -o -q -pl domain test-compile}:
 * {@code java -cp domain/target/classes:domain/target/test-classes:$VAVR_JAR kycert.domain.screening.ScreeningBenchmark}.
 */
public final class ScreeningBenchmark {

    private static final String[] FIRST = ("joao jose maria ana antonio francisco carlos paulo pedro lucas luiz marcos "
            + "gabriel rafael daniel marcelo bruno eduardo felipe raimundo rodrigo manoel mateus andre fernando fabio "
            + "juliana adriana marcia fernanda patricia aline sandra camila amanda bruna jessica leticia julia luciana "
            + "vanessa mariana gabriela vera larissa claudia beatriz luana rita sonia renata eliane aparecida helena").split(" ");
    private static final String[] LAST = ("silva santos oliveira souza rodrigues ferreira alves pereira lima gomes costa "
            + "ribeiro martins carvalho almeida lopes soares fernandes vieira barbosa rocha dias nascimento andrade "
            + "moreira nunes marques machado mendes freitas cardoso ramos goncalves santana teixeira araujo monteiro").split(" ");
    private static final String[] INTL = ("mohammed ahmad hassan hussein omar yusuf ibrahim khalid abdul rahman qasim "
            + "haddad karimi mansour suleiman vladimir sergei dmitri igor viktor petrov ivanov sokolov kuznetsov volkov "
            + "ali abu bakr jamal nasser rashid farid tariq kim jong li wei chen zhang wang liu hamid reza").split(" ");
    private static final String[] ORG = ("comercial construtora transportadora distribuidora agropecuaria mineracao "
            + "industria servicos importadora alvorada horizonte parana serra azul ipiranga boa vista primavera aurora "
            + "trading holding shipping petroleum bank group international").split(" ");

    private static final String[] SYLLABLES = ("ab ad al am an ar as ba be da di fa ha hi ja ka ki ko la li ma mi mo na "
            + "ni no ra ri sa se sha ta ti to va vi ya yu za zi").split(" ");

    private final Random random = new Random(42);
    private final boolean smallVocabulary;

    private ScreeningBenchmark(boolean smallVocabulary) {
        this.smallVocabulary = smallVocabulary;
    }

    /** Arguments: subjects (default 20000); {@code small} to draw every international name from 48 words only (worst case). */
    public static void main(String[] args) {
        new ScreeningBenchmark(args.length > 1 && args[1].equals("small")).run(args.length > 0 ? Integer.parseInt(args[0]) : 20_000);
    }

    private void run(int subjects) {
        Map<ListId, List<ListEntry>> files = new java.util.LinkedHashMap<>();
        files.put(ListId.OFAC_SDN, entries(ListId.OFAC_SDN, 8_000, this::sanction));
        files.put(ListId.UN_SC, entries(ListId.UN_SC, 1_000, this::sanction));
        files.put(ListId.EU_FSF, entries(ListId.EU_FSF, 11_000, this::sanction));
        files.put(ListId.CEIS, entries(ListId.CEIS, 25_000, this::debarred));
        files.put(ListId.CNEP, entries(ListId.CNEP, 2_000, this::debarred));
        files.put(ListId.CEPIM, entries(ListId.CEPIM, 3_000, this::debarred));
        files.put(ListId.PEP, entries(ListId.PEP, 120_000, this::pep));
        for (var f : files.entrySet()) ScreeningIndex.build(f.getKey(), f.getValue()); // warm-up: JIT, not the index
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        List<ScreeningIndex> lists = files.entrySet().stream().map(f -> ScreeningIndex.build(f.getKey(), f.getValue())).toList();
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        System.out.printf("built %d entries in %d ms (warm JVM), index heap beyond the entries ≈ %d MB%n", lists.stream().mapToInt(ScreeningIndex::size).sum(),
                buildMs, (usedHeap() - heapBefore) >> 20);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[subjects];
        int hits = 0;
        for (int round = 0; round < 2; round++) {
            for (int s = 0; s < subjects; s++) {
                ScreeningSubject subject = subject();
                long t0 = cpu.getCurrentThreadCpuTime();
                for (ScreeningIndex list : lists) hits += list.screen(subject, MatchThreshold.DEFAULT).size();
                nanos[s] = cpu.getCurrentThreadCpuTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("screened %d subjects against all lists (after a warm-up round): p50 %.3f ms, p99 %.3f ms, max %.3f ms CPU; %d hits%n",
                subjects, nanos[subjects / 2] / 1e6, nanos[subjects * 99 / 100] / 1e6, nanos[subjects - 1] / 1e6, hits);
    }

    private List<ListEntry> entries(ListId list, int size, java.util.function.BiFunction<ListId, Integer, ListEntry> entry) {
        List<ListEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) entries.add(entry.apply(list, i));
        return entries;
    }

    private ListEntry sanction(ListId list, int i) {
        boolean org = random.nextInt(4) == 0;
        List<String> aliases = new ArrayList<>();
        for (int a = random.nextInt(4); a > 0; a--) aliases.add(org ? orgName() : typo(intlName()));
        return new ListEntry(list, "s" + i, org ? EntryKind.ORGANIZATION : EntryKind.PERSON, org ? orgName() : intlName(),
                aliases, List.of(), List.of(), Map.of());
    }

    private ListEntry debarred(ListId list, int i) {
        boolean org = random.nextBoolean();
        List<String> docs = random.nextInt(10) == 0 ? List.of() : List.of(org ? cnpj().value() : cpf().value());
        return new ListEntry(list, "d" + i, org ? EntryKind.ORGANIZATION : EntryKind.PERSON, org ? orgName() : brName(),
                List.of(), docs, List.of(), Map.of());
    }

    private ListEntry pep(ListId list, int i) {
        return new ListEntry(list, "p" + i, EntryKind.PERSON, brName(), List.of(), List.of(),
                List.of(cpf().value().substring(3, 9)), Map.of());
    }

    private ScreeningSubject subject() {
        Document doc = random.nextInt(4) == 0 ? cnpj() : cpf();
        String name = doc instanceof Cpf ? (random.nextInt(5) == 0 ? intlName() : brName()) : orgName();
        return new ScreeningSubject(doc, Option.of(name));
    }

    private String brName() {
        return pick(FIRST) + (random.nextBoolean() ? " " + pick(FIRST) : "") + " " + pick(LAST) + " " + pick(LAST);
    }

    private String intlName() {
        return intlWord() + " " + intlWord() + (random.nextBoolean() ? " " + intlWord() : "");
    }

    /** A common word (mohammed, ali…) a third of the time, else a made-up one, unless the vocabulary is small. */
    private String intlWord() {
        if (smallVocabulary || random.nextInt(3) == 0) return pick(INTL);
        StringBuilder w = new StringBuilder();
        for (int s = 2 + random.nextInt(2); s > 0; s--) w.append(pick(SYLLABLES));
        return w.toString();
    }

    private String orgName() {
        return pick(ORG) + " " + pick(ORG) + " " + pick(LAST) + (random.nextBoolean() ? " ltda" : "");
    }

    private String typo(String name) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private Cpf cpf() {
        String body;
        do body = String.format("%09d", random.nextInt(1_000_000_000)); while (body.chars().distinct().count() == 1);
        return new Cpf(body + Cpf.checkDigits(body));
    }

    private Cnpj cnpj() {
        String body = String.format("%08d", random.nextInt(100_000_000)) + "0001";
        return new Cnpj(body + Cnpj.checkDigits(body));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
