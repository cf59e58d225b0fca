package kycert.bootstrap;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kycert.adapters.lists.NamedInput;
import kycert.application.Kycert;
import kycert.application.port.in.ImportListUseCase.Imported;
import kycert.domain.screening.ListFileFault;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kycert lists}: the official lists live runs are screened against. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "The official lists live runs are screened against.",
        subcommands = {ListsCommand.Import.class})
final class ListsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    /**
     * {@code kycert lists import LIST FILE…}: imports a publisher's file(s) as the list's new active version, streamed in
     * bounded memory whatever their size, with a progress line on stderr.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a publisher's file(s) (or a ZIP of them) as the list's new active version.")
    static final class Import implements Callable<Integer> {
        @CommandLine.Parameters(index = "0", paramLabel = "LIST",
                description = "ofac_sdn, un_sc, eu_fsf, ceis, cnep, cepim, pep or receita_cnpj")
        String list;

        @CommandLine.Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
                description = "The file(s) as published (OFAC's CSV set may come as several files).")
        List<Path> files;

        @CommandLine.Mixin
        StoreOptions stores;

        @Override
        public Integer call() {
            Option<ListId> id = ListId.parse(list);
            if (id.isEmpty()) {
                System.err.println("kycert: unknown list '" + list + "'; one of "
                        + Arrays.stream(ListId.values()).map(ListId::wire).collect(Collectors.joining(", ")));
                return 2;
            }
            for (Path f : files) {
                if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                    System.err.println("kycert: cannot read " + f);
                    return 2;
                }
            }
            Option<ServeConfig> config = stores.storeOnly();
            if (config.isEmpty()) return 2;
            try {
                ServerSecrets.checkBeforeStart(config.get());
                Wiring.Store store = Wiring.store(config.get());
                try (AutoCloseable closer = store.closer()) {
                    return importInto(Wiring.application(store, config.get()), id.get(), System.out, System.err);
                }
            } catch (StartupException e) {
                System.err.println("kycert: " + e.getMessage());
                return 1;
            } catch (Exception e) {
                System.err.println("kycert: the import failed: " + e.getClass().getSimpleName());
                return 1;
            }
        }

        private int importInto(Kycert kycert, ListId id, PrintStream out, PrintStream err) throws IOException {
            long total = 0;
            for (Path f : files) total += Files.size(f);
            ImportProgress progress = new ImportProgress(total);
            List<InputStream> opened = new ArrayList<>();
            List<NamedInput> inputs = new ArrayList<>();
            try {
                for (Path f : files) {
                    InputStream in = progress.counting(Files.newInputStream(f));
                    opened.add(in);
                    inputs.add(new NamedInput(f.getFileName().toString(), in));
                }
                Either<ListFileFault, Imported> result = withProgress(progress, id, err,
                        () -> kycert.importList().importList(id, progress.counting(new PublishedListFiles(inputs))));
                if (result.isLeft()) {
                    err.println("kycert: " + ListFileFault.CODE + ": " + result.getLeft().message()
                            + " (the active version of " + id.wire() + " is unchanged)");
                    return 1;
                }
                ListVersion v = result.get().version();
                out.println((result.get().created() ? "imported " : "already imported (same bytes): ") + id.wire()
                        + " version " + v.id().wire() + ", " + v.rows() + " rows, sha256 " + v.sha256()
                        + v.publishedAt().map(p -> ", published " + p).getOrElse("") + "; now active");
                return 0;
            } finally {
                for (InputStream in : opened) in.close();
            }
        }

        /** Runs {@code work} while a progress line is redrawn (a terminal) or printed every 10 s (a log). */
        private static <T> T withProgress(ImportProgress progress, ListId id, PrintStream err, java.util.function.Supplier<T> work) {
            boolean terminal = System.console() != null;
            long start = System.nanoTime();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kycert-import-progress");
                t.setDaemon(true);
                return t;
            });
            Runnable show = () -> {
                String line = progress.line(id, Duration.ofNanos(System.nanoTime() - start));
                if (terminal) err.print("\r" + line + "   ");
                else err.println(line);
            };
            ticker.scheduleAtFixedRate(show, terminal ? 250 : 10_000, terminal ? 250 : 10_000, TimeUnit.MILLISECONDS);
            try {
                return work.get();
            } finally {
                ticker.shutdownNow();
                show.run();
                if (terminal) err.println();
            }
        }
    }
}
