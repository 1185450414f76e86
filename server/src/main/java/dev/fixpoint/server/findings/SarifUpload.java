package dev.fixpoint.server.findings;

import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.SarifFile;
import dev.fixpoint.findings.SarifFormatException;
import dev.fixpoint.findings.SarifReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The SARIF files of one upload, all read (or all refused) before anything is stored.
 *
 * @param results  results read, suppressed ones excepted
 * @param skipped  results left out: those a baseline comparison says are gone from the code ({@code absent}), and
 *                 with {@code onlyNew} those it already had
 * @param findings the results kept
 */
record SarifUpload(int files, int results, int skipped, List<Finding> findings) {

    static final int MAX_FILES = 20;

    /** A file part of the request. */
    interface Part {
        String name();

        InputStream open() throws IOException;
    }

    /**
     * @throws IllegalArgumentException naming the file and what is wrong with it, or that there are too many
     */
    static SarifUpload read(List<? extends Part> parts, SarifReader.Options limits) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("No SARIF file: send each as a 'sarif' part");
        }
        if (parts.size() > MAX_FILES) {
            throw new IllegalArgumentException("At most " + MAX_FILES + " SARIF files per upload, not " + parts.size());
        }
        List<Finding> findings = new ArrayList<>();
        int results = 0;
        int skipped = 0;
        for (Part part : parts) {
            // The results limit counts across the upload, so each file may only use what earlier files left.
            int left = limits.maxResults() - results;
            try (InputStream in = part.open()) {
                SarifFile file = SarifReader.read(in, new SarifReader.Options(limits.maxBytes(), Math.max(left, 0), limits.maxDepth(),
                        limits.onlyNew()));
                results += file.results();
                // An absent result is one the scanned code no longer has: nothing to learn from it now.
                List<Finding> present = file.findings().stream().filter(finding -> finding.baselineState() != Finding.BaselineState.ABSENT).toList();
                skipped += file.notNew() + file.findings().size() - present.size();
                findings.addAll(present);
            } catch (SarifFormatException e) {
                throw new IllegalArgumentException(part.name() + ": " + e.getMessage());
            } catch (IOException e) {
                throw new IllegalArgumentException(part.name() + ": the upload could not be read: " + e.getMessage());
            }
        }
        return new SarifUpload(parts.size(), results, skipped, findings);
    }
}
