package org.newsie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.analysis.BatchRunner;
import org.newsie.analysis.Input;
import org.newsie.analysis.InputResolver;
import org.newsie.analysis.Outcome;
import org.newsie.model.Analysis;
import org.newsie.model.Diagnostic;
import org.newsie.model.DiagnosticCode;
import org.newsie.output.Format;
import org.newsie.output.JsonFormatter;
import org.newsie.output.OutputFiles;
import org.newsie.output.TextFormatter;
import org.newsie.text.InputReader;

/** {@code newsie analyze [OPTIONS] [INPUT...]}. */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Analyze news articles and write what is in them: layout, sentences, names, quotes.",
            "INPUT is a file, a folder (every *.txt beneath it, recursively, in sorted path order), or - for "
                    + "standard input. Without INPUT, standard input is read when it is not a terminal."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_INPUT_FAILED, ExitCodes.HELP_USAGE, ExitCodes.HELP_MODEL})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write to PATH instead of standard output: a file for one input; for several, a folder "
                    + "that mirrors the inputs' relative paths, one output each (.json or .txt).")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the available cores, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", description = "Indent JSON output.")
    boolean pretty;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces with errors, and timing.")
    boolean verbose;

    @Option(names = "--force", description = "Overwrite existing output files (without it, an existing output is an error for that input).")
    boolean force;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10M", converter = SizeConverter.class,
            description = "Refuse inputs larger than SIZE bytes; suffixes K, M, G count in 1024s (default: 10M).")
    long maxSize;

    private final CliEnvironment env;

    AnalyzeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        List<String> args = new ArrayList<>(inputs);
        if (args.isEmpty()) {
            if (env.stdinIsTerminal()) {
                throw new ParameterException(spec.commandLine(),
                        "no INPUT given (name files or folders, or use - to read standard input)");
            }
            args.add("-");
        }
        if (args.stream().filter("-"::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be named only once");
        }
        boolean batch = InputResolver.isBatch(args);
        if (output != null && batch && Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(),
                    "--output " + output + " is a file, but several inputs need a folder");
        }
        if (output != null && !batch && Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "--output " + output + " is a folder; give a file name for one input");
        }

        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaultModels();
        if (verbose) {
            err.printf(Locale.ROOT, "newsie: models loaded in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        List<Input> resolved = InputResolver.resolve(args);
        Function<Analysis, String> formatter = formatter();
        OutputFiles files = new OutputFiles(force);
        Sink sink = output == null ? new StdoutSink(out, batch)
                : batch ? new FolderSink(output, files) : new FileSink(output, files);

        AtomicInteger analyzed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        // Ctrl-C: completed outputs stay (each was renamed into place whole), temporary files go,
        // and the user learns how far the run got.
        Thread onInterrupt = new Thread(() -> {
            files.deleteTemporaryFiles();
            out.flush();
            err.printf(Locale.ROOT, "newsie: interrupted after %d of %d inputs (%d analyzed, %d failed); "
                    + "completed outputs are kept%n", analyzed.get() + failed.get(), resolved.size(), analyzed.get(),
                    failed.get());
            err.flush();
        }, "newsie-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        Progress progress = batch && !quiet && env.progress().isPresent()
                ? new Progress(env.progress().get(), resolved.size()) : null;
        try {
            new BatchRunner(analyzer, new InputReader(maxSize), formatter, jobs).run(resolved, env.in(), outcome -> {
                if (progress != null) {
                    progress.step();
                }
                if (!outcome.ok()) {
                    failed.incrementAndGet();
                    reportError(err, outcome.input().name(), outcome.error().get(), outcome.cause().orElse(null));
                    return;
                }
                try {
                    sink.accept(outcome);
                    analyzed.incrementAndGet();
                    warnings(err, outcome);
                } catch (IOException e) {
                    failed.incrementAndGet();
                    reportError(err, outcome.input().name(), "cannot write output: " + e.getMessage(), e);
                }
            });
            sink.finish();
            out.flush();
        } finally {
            if (progress != null) {
                progress.close();
            }
            removeHook(onInterrupt);
        }
        if (batch && !quiet) {
            err.printf(Locale.ROOT, "newsie: %d analyzed, %d failed, %.1f s%n", analyzed.get(), failed.get(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return failed.get() > 0 ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
    }

    private Function<Analysis, String> formatter() {
        return switch (format) {
            case TEXT -> new TextFormatter()::format;
            case JSON -> new JsonFormatter(pretty)::format;
            case JSONL -> new JsonFormatter(false)::format;
        };
    }

    private void reportError(PrintWriter err, String input, String message, Throwable cause) {
        err.println("newsie: " + input + ": " + message);
        if (verbose && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    private void warnings(PrintWriter err, Outcome outcome) {
        if (quiet) {
            return;
        }
        for (Diagnostic d : outcome.analysis().get().diagnostics()) {
            if (d.code() == DiagnosticCode.NOT_UTF8 || d.code() == DiagnosticCode.UTF16
                    || d.code() == DiagnosticCode.CONTROL_CHARACTERS) {
                err.println("newsie: " + outcome.input().name() + ": warning: " + d.message());
            }
        }
        err.flush();
    }

    /** Where formatted results go. */
    private interface Sink {
        void accept(Outcome outcome) throws IOException;

        default void finish() throws IOException {
        }
    }

    /** Standard output: one document, a JSON array, JSON lines, or summaries one after another. */
    private final class StdoutSink implements Sink {
        private final PrintWriter out;
        private final boolean array;
        private int written;

        StdoutSink(PrintWriter out, boolean batch) {
            this.out = out;
            this.array = batch && format == Format.JSON;
            if (array) {
                out.print('[');
            }
        }

        @Override
        public void accept(Outcome outcome) {
            String doc = outcome.formatted().get();
            if (array) {
                out.print(written == 0 ? "\n" : ",\n");
                out.print(doc);
            } else if (format == Format.TEXT) {
                if (written > 0) {
                    out.println();
                }
                out.print(doc);
            } else {
                out.print(doc);
                out.print('\n');
            }
            written++;
            out.flush();
        }

        @Override
        public void finish() {
            if (array) {
                out.print(written == 0 ? "]\n" : "\n]\n");
                out.flush();
            }
        }
    }

    /** One file for one input. */
    private static final class FileSink implements Sink {
        private final Path file;
        private final OutputFiles files;

        FileSink(Path file, OutputFiles files) {
            this.file = file;
            this.files = files;
        }

        @Override
        public void accept(Outcome outcome) throws IOException {
            files.write(file, withNewline(outcome.formatted().get()));
        }
    }

    /** A folder mirroring the inputs' relative paths. */
    private final class FolderSink implements Sink {
        private final Path root;
        private final Path realRoot;
        private final OutputFiles files;
        private final Map<Path, String> claimed = new HashMap<>();

        FolderSink(Path root, OutputFiles files) throws IOException {
            this.root = root.toAbsolutePath().normalize();
            this.files = files;
            Files.createDirectories(this.root);
            this.realRoot = this.root.toRealPath();
        }

        @Override
        public void accept(Outcome outcome) throws IOException {
            String rel = outcome.input().relativePath();
            int dot = rel.lastIndexOf('.');
            int slash = rel.lastIndexOf('/');
            String base = dot > slash + 1 ? rel.substring(0, dot) : rel;
            Path target = root.resolve(base + format.extension()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("output path " + target + " would lie outside " + root);
            }
            String previous = claimed.putIfAbsent(target, outcome.input().name());
            if (previous != null) {
                throw new IOException(target + " is already the output of " + previous);
            }
            // a symbolic link inside the output folder must not lead the write elsewhere
            Files.createDirectories(target.getParent());
            if (!target.getParent().toRealPath().startsWith(realRoot)) {
                throw new IOException(target.getParent() + " leads outside the output folder " + root);
            }
            files.write(target, withNewline(outcome.formatted().get()));
        }
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\n";
    }

    /** Parses sizes such as {@code 10M}, {@code 512k}, {@code 1048576}, {@code 2GB}, {@code 10MiB}. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(Locale.ROOT);
            long unit = 1;
            String num = v;
            for (String[] suffix : new String[][] {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"},
                    {"KB", "1024"}, {"MB", "1048576"}, {"GB", "1073741824"},
                    {"K", "1024"}, {"M", "1048576"}, {"G", "1073741824"}, {"B", "1"}}) {
                if (v.endsWith(suffix[0])) {
                    unit = Long.parseLong(suffix[1]);
                    num = v.substring(0, v.length() - suffix[0].length()).trim();
                    break;
                }
            }
            long n;
            try {
                n = Long.parseLong(num);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a size (examples: 10M, 512K, 1048576)");
            }
            if (n < 0 || n > Long.MAX_VALUE / unit) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is out of range");
            }
            return n * unit;
        }
    }
}
