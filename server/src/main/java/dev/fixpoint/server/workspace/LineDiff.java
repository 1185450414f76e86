package dev.fixpoint.server.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line comparison of the learner's fix with the reference solution, by longest common subsequence.
 * Files of lab size (a few hundred lines) only: beyond {@link #MAX_LINES} the diff is not computed.
 */
public record LineDiff(List<Line> lines) {

    static final int MAX_LINES = 2_000;

    /** One line of the comparison: in both, only in the learner's fix, or only in the solution. */
    public record Line(Kind kind, String text) {
        public String marker() {
            return switch (kind) {
                case SAME -> "  ";
                case YOURS -> "- ";
                case SOLUTION -> "+ ";
            };
        }
    }

    public enum Kind { SAME, YOURS, SOLUTION }

    static LineDiff of(String yours, String solution) {
        String[] a = yours.split("\n", -1);
        String[] b = solution.split("\n", -1);
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
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new Line(Kind.SOLUTION, b[j++]));
            } else {
                lines.add(new Line(Kind.YOURS, a[i++]));
            }
        }
        return new LineDiff(lines);
    }

    public boolean identical() {
        return lines.stream().allMatch(line -> line.kind() == Kind.SAME);
    }
}
