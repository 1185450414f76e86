package dev.fixpoint.server.submissions;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.grading.Grader;
import dev.fixpoint.server.accounts.Account;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Drafts and submissions of learners. Every read is by owner: nobody sees another account's work. */
@Service
public class Submissions {

    private final DraftRepository drafts;
    private final SubmissionRepository submissions;
    private final GradingQueue queue;
    private final GradingNotices notices;
    private final Grader grader;

    Submissions(DraftRepository drafts, SubmissionRepository submissions, GradingQueue queue, GradingNotices notices, Grader grader) {
        this.notices = notices;
        this.grader = grader;
        this.drafts = drafts;
        this.submissions = submissions;
        this.queue = queue;
    }

    /** Gets sandbox workers ready for a lab a learner has opened, so that their first submission finds one. */
    public void prepare(Lab lab) {
        grader.warm(lab);
    }

    /** The learner's files for a lab: their draft where they have one, the starter code elsewhere. */
    public Map<String, String> files(Account account, Lab lab) {
        Map<String, String> files = new TreeMap<>(lab.starterFiles());
        Map<String, String> draft = drafts.find(account.id(), lab.id());
        files.replaceAll((path, starter) -> draft.getOrDefault(path, starter));
        return files;
    }

    /**
     * Saves the learner's draft of some or all of a lab's editable files.
     *
     * @throws IllegalArgumentException naming a file that is not editable in this lab, or too long
     */
    public void saveDraft(Account account, Lab lab, Map<String, String> files) {
        drafts.save(account.id(), lab.id(), checked(lab, files));
    }

    /** Throws away the learner's draft: the lab shows its starter code again. */
    public void resetDraft(Account account, Lab lab) {
        drafts.delete(account.id(), lab.id());
    }

    /** Submissions one account may have waiting or being graded at once, so no one can flood the queue. */
    public static final int MAX_UNFINISHED = 3;

    /**
     * Saves the files as the draft, stores a submission of them and queues it for grading; returns its id.
     *
     * @throws TooManySubmissionsException when the account already has {@link #MAX_UNFINISHED} waiting (the draft is saved)
     */
    @Transactional(noRollbackFor = TooManySubmissionsException.class)
    public String submit(Account account, Lab lab, Map<String, String> files) {
        // Saving the draft first also makes the account's other submits wait, so the count below cannot be outrun.
        drafts.save(account.id(), lab.id(), checked(lab, files));
        if (submissions.unfinished(account.id()) >= MAX_UNFINISHED) {
            throw new TooManySubmissionsException("You have " + MAX_UNFINISHED + " submissions waiting for their verdict; "
                    + "your draft is saved, submit again when one is graded.");
        }
        Map<String, String> complete = files(account, lab);
        String id = UUID.randomUUID().toString();
        submissions.insert(id, account.id(), lab.id(), complete);
        // Queued only once stored: a grader never looks for a submission that is not committed yet.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                queue.enqueue(id);
            }
        });
        return id;
    }

    /**
     * A submission, if it exists and belongs to the account, as its owner may see it; a queued one says how many are
     * ahead of it.
     */
    public Optional<SubmissionView> find(Account account, String id) {
        return submissions.find(id).filter(stored -> stored.accountId() == account.id()).map(stored -> stored.view().forLearner())
                .map(view -> view.status() == SubmissionStatus.QUEUED ? view.withAhead(submissions.ahead(view.id())) : view);
    }

    /**
     * Waits at most {@code max} for one of the account's submissions to be graded, and returns it as {@link #find} does:
     * for a page that asks for a result the moment it is in rather than polling for it.
     */
    public Optional<SubmissionView> awaitGraded(Account account, String id, Duration max) throws InterruptedException {
        if (find(account, id).isEmpty()) {
            return Optional.empty();
        }
        notices.await(id, () -> submissions.find(id).map(stored -> stored.view().status()).filter(SubmissionStatus::pending).isEmpty(), max);
        return find(account, id);
    }

    /** Any account's submission with its full report, hidden checks included: for administrators and lab authors. */
    public Optional<SubmissionView> findFull(String id) {
        return submissions.find(id).map(SubmissionRepository.Stored::view);
    }

    /** Every learner's submissions waiting and being graded: for administrators, not for one account. */
    public QueueStatus queueStatus() {
        return submissions.queueStatus();
    }

    /** The account's progress on every lab it has submitted to. */
    public Map<String, LabProgress> progress(Account account) {
        return submissions.progress(account.id());
    }

    /** The files of one of the account's submissions, if it is theirs. */
    public Optional<Map<String, String>> submittedFiles(Account account, String id) {
        return submissions.find(id).filter(stored -> stored.accountId() == account.id()).map(SubmissionRepository.Stored::files);
    }

    /** The account's latest submissions across labs, newest first. */
    public List<SubmissionView> recent(Account account, int limit) {
        return submissions.recent(account.id(), limit);
    }

    /** The account's submissions to a lab, newest first. */
    public List<SubmissionView> history(Account account, Lab lab) {
        return submissions.history(account.id(), lab.id());
    }

    private static Map<String, String> checked(Lab lab, Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        files.forEach((path, content) -> {
            if (!lab.manifest().editable().contains(path)) {
                problems.add("'" + path + "' is not an editable file of lab " + lab.id() + " " + lab.manifest().editable());
            } else if (content == null || content.length() > Grader.MAX_FILE_CHARS) {
                problems.add("'" + path + "' must be at most " + Grader.MAX_FILE_CHARS + " characters");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return files;
    }

    /** The account's first SECURE submission of the lab submitted at or after {@code since}, if any. */
    public Optional<LabSolved> firstSecureSince(long accountId, String labId, java.time.OffsetDateTime since) {
        return submissions.firstSecureSince(accountId, labId, since);
    }
}
