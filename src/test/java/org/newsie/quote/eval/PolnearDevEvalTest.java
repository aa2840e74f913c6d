package org.newsie.quote.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.newsie.analysis.ArticleAnalyzer;
import org.newsie.model.Article;

/**
 * The scores reached on PolNeAR dev by the full {@link ArticleAnalyzer} (minus a 0.01 margin); skipped where
 * {@code ../shared} is absent. Guards against regressions; raise the floors when the scores rise.
 */
class PolnearDevEvalTest {
    private static final Path DEV = Path.of("../shared/data/quotes/polnear-dev.jsonl");

    @Test
    void devScoresStayAtTheirLevel() throws Exception {
        assumeTrue(Files.exists(DEV), "PolNeAR dev data not present");
        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaultModels();
        QuoteEvaluator.Report r = new QuoteEvaluator(text -> analyzer.analyze(new Article("dev", text)).quotes())
                .evaluate(GoldArticle.read(DEV));
        assertTrue(r.f1() >= 0.98, () -> "quote F1 " + r.f1());
        assertTrue(r.speakerAccuracy() >= 0.85, () -> "speaker accuracy " + r.speakerAccuracy());
        assertTrue(r.e2eF1() >= 0.84, () -> "end-to-end F1 " + r.e2eF1());
    }
}
