package dev.fixpoint.server.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of the learner's fix with the reference solution, by longest common subsequence, shown
 * side by side: the learner's lines on the left, the reference's on the right, unchanged stretches folded.
 * Files of lab size (a few hundred lines) only: beyond {@link #MAX_LINES} the diff is not computed.
 */
public record LineDiff(List<Line> lines) {

    static final int MAX_LINES = 2_000;
    /** Unchanged lines kept on each side of a change; longer unchanged stretches fold. */
    static final int CONTEXT = 3;

    /** One line of the comparison: in both, only in the learner's fix, or only in the reference. */
    public record Line(Kind kind, String text) {
    }

    public enum Kind { SAME, YOURS, REFERENCE }

    /**
     * One row of the side-by-side view. Line numbers are 1-based, 0 where that side has no line.
     *
     * @param folded for a folded row, how many unchanged lines it stands for; otherwise 0
     */
    public record Row(int yoursNumber, String yours, int referenceNumber, String reference, int folded) {

        public boolean changed() {
            return folded == 0 && (yoursNumber == 0 || referenceNumber == 0 || !yours.equals(reference));
        }
    }

    static LineDiff of(String yours, String reference) {
        String[] a = yours.split("\n", -1);
        String[] b = reference.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            return new LineDiff(List.of(new Line(Kind.SAME, "(too long to compare line by line)")));
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.YOURS, a[i++]));
            } else {
                lines.add(new Line(Kind.REFERENCE, b[j++]));
            }
        }
        return new LineDiff(lines);
    }

    public boolean identical() {
        return lines.stream().allMatch(line -> line.kind() == Kind.SAME);
    }

    /** The side-by-side rows: each change's lines paired up, unchanged stretches longer than twice the context folded. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int yoursNumber = 0;
        int referenceNumber = 0;
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).kind() == Kind.SAME) {
                rows.add(new Row(++yoursNumber, lines.get(k).text(), ++referenceNumber, lines.get(k).text(), 0));
                k++;
                continue;
            }
            List<String> mine = new ArrayList<>();
            List<String> theirs = new ArrayList<>();
            for (; k < lines.size() && lines.get(k).kind() != Kind.SAME; k++) {
                (lines.get(k).kind() == Kind.YOURS ? mine : theirs).add(lines.get(k).text());
            }
            for (int n = 0; n < Math.max(mine.size(), theirs.size()); n++) {
                rows.add(new Row(n < mine.size() ? ++yoursNumber : 0, n < mine.size() ? mine.get(n) : "",
                        n < theirs.size() ? ++referenceNumber : 0, n < theirs.size() ? theirs.get(n) : "", 0));
            }
        }
        return fold(rows);
    }

    private static List<Row> fold(List<Row> rows) {
        List<Row> folded = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            while (end < rows.size() && !rows.get(end).changed()) {
                end++;
            }
            // Unchanged rows start..end: keep the context next to the changes before and after them.
            int keepBefore = start == 0 ? 0 : CONTEXT;
            int keepAfter = end == rows.size() ? 0 : CONTEXT;
            if (end - start > keepBefore + keepAfter + 1) {
                folded.addAll(rows.subList(start, start + keepBefore));
                folded.add(new Row(0, "", 0, "", end - start - keepBefore - keepAfter));
                folded.addAll(rows.subList(end - keepAfter, end));
            } else {
                folded.addAll(rows.subList(start, end));
            }
            if (end < rows.size()) {
                folded.add(rows.get(end));
            }
            start = end + 1;
        }
        return folded;
    }
}
