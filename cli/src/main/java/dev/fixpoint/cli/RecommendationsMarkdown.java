package dev.fixpoint.cli;

import dev.fixpoint.findings.Finding;
import dev.fixpoint.findings.Recommendations;
import dev.fixpoint.findings.Recommendations.Gap;
import dev.fixpoint.findings.Recommendations.LabRef;
import dev.fixpoint.findings.Recommendations.Recommendation;

import java.util.List;

import static dev.fixpoint.cli.MarkdownText.escape;

/** Recommendations as a pull-request comment; every piece of scanner text goes through {@link MarkdownText}. */
final class RecommendationsMarkdown {

    /** A group lists this many findings and counts the rest, so one noisy rule cannot flood the comment. */
    static final int MAX_LOCATIONS = 10;

    private RecommendationsMarkdown() {
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String write(Recommendations recommendations, int files, int findings) {
        StringBuilder md = new StringBuilder("## Fixpoint: labs for these findings\n\n");
        md.append(findings).append(findings == 1 ? " finding" : " findings").append(" in ").append(files)
                .append(files == 1 ? " SARIF file: " : " SARIF files: ")
                .append(count(recommendations.recommendations().size(), "weakness that labs train", "weaknesses that labs train")).append(", ")
                .append(count(recommendations.gaps().size(), "curriculum gap", "curriculum gaps")).append(".\n");
        for (Recommendation recommendation : recommendations.recommendations()) {
            md.append("\n### CWE-").append(recommendation.cwe()).append(": ").append(escape(recommendation.title())).append("\n\n");
            for (LabRef lab : recommendation.labs()) {
                md.append("Take the lab **").append(escape(lab.title())).append("** (`").append(lab.id()).append("`)\n");
            }
            md.append("\n_").append(escape(recommendation.reason())).append("_\n\n");
            locations(md, recommendation.findings());
        }
        if (!recommendations.gaps().isEmpty()) {
            md.append("\n### Curriculum gaps\n\nNo lab trains these yet:\n");
            for (Gap gap : recommendations.gaps()) {
                md.append("\n**").append(gap.cwe().isPresent() ? "CWE-" + gap.cwe().getAsInt() + ": " : "")
                        .append(escape(gap.title())).append("**: ").append(escape(gap.reason())).append("\n\n");
                locations(md, gap.findings());
            }
        }
        return md.toString();
    }

    private static void locations(StringBuilder md, List<Finding> findings) {
        findings.stream().limit(MAX_LOCATIONS).forEach(finding -> md.append("- ").append(escape(where(finding)))
                .append(": ").append(escape(finding.ruleId().isEmpty() ? finding.tool() : finding.ruleId()))
                .append(finding.message().isEmpty() ? "" : ": " + escape(finding.message())).append('\n'));
        if (findings.size() > MAX_LOCATIONS) {
            md.append("- and ").append(findings.size() - MAX_LOCATIONS).append(" more\n");
        }
    }

    /** The file and line a finding points at, as the scanner wrote the path. */
    static String where(Finding finding) {
        Finding.Location location = finding.location();
        if (location == null) {
            return "(no location)";
        }
        String file = location.written().isEmpty() ? location.uri() : location.written();
        return location.startLine() > 0 ? file + ":" + location.startLine() : file;
    }
}
