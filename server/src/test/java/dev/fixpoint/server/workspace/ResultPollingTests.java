package dev.fixpoint.server.workspace;

import dev.fixpoint.server.submissions.SubmissionStatus;
import dev.fixpoint.server.submissions.SubmissionView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How often the lab page asks for a pending result: at once when it is next (held until graded), rarely from far back in the queue. */
class ResultPollingTests {

    private static SubmissionView queued(Integer ahead) {
        return new SubmissionView("s", "lab", ahead == null ? SubmissionStatus.RUNNING : SubmissionStatus.QUEUED,
                null, null, null, null, ahead);
    }

    @Test
    void aRunningOrNextSubmissionIsAskedForAtOnceAndHeldUntilGraded() {
        assertThat(LabPage.pollMillis(queued(null))).isZero();
        assertThat(LabPage.pollMillis(queued(0))).isZero();
    }

    @Test
    void theFurtherBackItWaitsTheLessOftenItIsAskedForUpToTwoSeconds() {
        assertThat(LabPage.pollMillis(queued(1))).isEqualTo(400);
        assertThat(LabPage.pollMillis(queued(4))).isEqualTo(1150);
        assertThat(LabPage.pollMillis(queued(40))).isEqualTo(2000);
    }
}
