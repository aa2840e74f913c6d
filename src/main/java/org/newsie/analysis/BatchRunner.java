package org.newsie.analysis;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.newsie.model.Analysis;
import org.newsie.model.Article;
import org.newsie.nlp.NlpModels;
import org.newsie.text.InputException;
import org.newsie.text.InputReader;

/**
 * Analyzes a list of inputs with N worker threads and hands each {@link Outcome} to a consumer in
 * input order, as soon as it and all before it are done. At most a small window of inputs is in flight,
 * so memory does not grow with the number of inputs. A failing input never stops the others.
 */
public final class BatchRunner {
    /** Called in input order on the thread that called {@link #run}. */
    public interface Consumer {
        void accept(Outcome outcome) throws Exception;
    }

    private final ArticleAnalyzer analyzer;
    private final InputReader reader;
    private final Function<Analysis, String> formatter;
    private final int jobs;

    public BatchRunner(ArticleAnalyzer analyzer, InputReader reader, Function<Analysis, String> formatter, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs < 1");
        }
        this.analyzer = analyzer;
        this.reader = reader;
        this.formatter = formatter;
        this.jobs = jobs;
    }

    /**
     * Runs the batch. An exception thrown by the consumer (an output that cannot be written) is
     * reported as that input's failure by the caller; the batch goes on.
     *
     * @param stdin the stream read for the {@linkplain Input#isStdin() standard-input} input
     */
    public void run(List<Input> inputs, InputStream stdin, Consumer consumer) throws Exception {
        if (jobs == 1 || inputs.size() <= 1) {
            for (Input in : inputs) {
                consumer.accept(process(in, stdin));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "newsie-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            int window = jobs * 4;
            Deque<Future<Outcome>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < window) {
                    Input in = inputs.get(next++);
                    pending.add(pool.submit(() -> process(in, stdin)));
                }
                consumer.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // process() turns input problems into outcomes; what arrives here is a model problem or a bug
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }

    /** Reads, analyzes and formats one input; every failure becomes a failed outcome. */
    Outcome process(Input in, InputStream stdin) {
        if (in.problem().isPresent()) {
            return Outcome.failure(in, in.problem().get(), null);
        }
        try {
            Article article = in.isStdin()
                    ? reader.read(stdin, in.name())
                    : reader.read(in.path().orElseThrow(), in.name());
            Analysis analysis = analyzer.analyze(article);
            return Outcome.success(in, analysis, formatter.apply(analysis));
        } catch (InputException e) {
            return Outcome.failure(in, e.getMessage(), e);
        } catch (NlpModels.ModelException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return Outcome.failure(in, "out of memory while analyzing (try a smaller --max-size or more heap)", e);
        } catch (StackOverflowError e) {
            return Outcome.failure(in, "internal error: stack overflow while analyzing", e);
        } catch (RuntimeException e) {
            return Outcome.failure(in, "internal error: " + e, e);
        }
    }
}
