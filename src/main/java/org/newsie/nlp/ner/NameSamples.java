package org.newsie.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameSample;

import org.newsie.nlp.TextNormalizer;

/**
 * Reads OpenNLP name-sample files; an empty line starts a new document (adaptive data cleared). Tokens
 * are normalized with {@link TextNormalizer} (curly quotes and apostrophes become straight ones), as
 * {@link org.newsie.nlp.Tokens#forModel} does at analysis time, so training, evaluation and analysis
 * see the same token forms.
 */
public final class NameSamples {
    private NameSamples() {
    }

    /** All samples of the files, in order; every file starts a new document. */
    public static List<NameSample> read(List<Path> files) throws IOException {
        List<NameSample> out = new ArrayList<>();
        for (Path f : files) {
            read(f, out);
        }
        return out;
    }

    /**
     * The samples grouped into documents, in order: a document runs from a sample that clears the adaptive
     * data (or the first sample) to the next one.
     */
    public static List<List<NameSample>> documents(List<NameSample> samples) {
        List<List<NameSample>> docs = new ArrayList<>();
        for (NameSample s : samples) {
            if (docs.isEmpty() || s.isClearAdaptiveDataSet()) {
                docs.add(new ArrayList<>());
            }
            docs.get(docs.size() - 1).add(s);
        }
        return docs;
    }

    static NameSample normalized(NameSample s) {
        String[] toks = s.getSentence();
        String[] norm = new String[toks.length];
        boolean changed = false;
        for (int i = 0; i < toks.length; i++) {
            norm[i] = TextNormalizer.normalize(toks[i]);
            changed |= !norm[i].equals(toks[i]);
        }
        return changed ? new NameSample(norm, s.getNames(), s.isClearAdaptiveDataSet()) : s;
    }

    static void read(Path file, List<NameSample> out) throws IOException {
        boolean newDocument = true;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                newDocument = true;
                continue;
            }
            try {
                out.add(normalized(NameSample.parse(line.strip(), newDocument)));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + lineNo + ": bad name sample: " + e.getMessage(), e);
            }
            newDocument = false;
        }
    }
}
