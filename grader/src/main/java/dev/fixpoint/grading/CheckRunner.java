package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Exposure;
import dev.fixpoint.catalog.LabManifest.Origin;
import dev.fixpoint.catalog.LabManifest.Visibility;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.ServiceUnreachableException;
import dev.fixpoint.lab.SetupFailedException;
import dev.fixpoint.lab.host.LoopbackHttp;
import dev.fixpoint.lab.host.RecordingCheckContext;
import dev.fixpoint.lab.host.Transport;
import dev.fixpoint.sandbox.WorkerGoneException;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a lab's checks against running services, a few at a time, started in a random order, each with a fresh
 * context, and turns their outcomes into reports. A worker that dies, or a service that hangs, stops the run;
 * the checks not yet started are left out.
 */
final class CheckRunner {

    /** Checks in flight at once: enough to hide each request's round trip, few enough for a 2-core machine. */
    static final int CONCURRENCY = 4;

    private CheckRunner() {
    }

    /** The reports of the checks that ran, in manifest order, and the worker's death if it died. */
    record Outcome(List<CheckReport> reports, WorkerGoneException gone) {

        /**
         * This outcome (the visible checks') together with the hidden checks' one, in manifest order. The hidden worker's
         * death is told only as such: how it died is its code's to choose, and so a channel out of it.
         */
        Outcome and(Outcome hidden, LabManifest manifest) {
            Map<String, CheckReport> byName = new java.util.HashMap<>();
            reports.forEach(report -> byName.put(report.name(), report));
            hidden.reports.forEach(report -> byName.put(report.name(), report));
            List<CheckReport> all = manifest.checks().stream().map(spec -> byName.get(spec.name())).filter(java.util.Objects::nonNull).toList();
            WorkerGoneException died = gone != null ? gone : hidden.gone == null ? null
                    : new WorkerGoneException("the services stopped during the hidden checks", hidden.gone.killedForTime());
            return new Outcome(all, died);
        }
    }

    /**
     * Runs {@code checks} against one worker's services.
     *
     * @param random the source of the check order and of every check's random payloads and names (a SecureRandom in
     *               grading, so that neither can be predicted from earlier runs)
     */
    static Outcome run(Lab lab, CheckSuite suite, List<CheckSpec> checks, Transport transport, Map<String, String> secrets,
                       java.util.random.RandomGenerator random) {
        LabManifest manifest = lab.manifest();
        Set<String> publicServices = manifest.services().stream().filter(service -> service.exposure() == Exposure.PUBLIC)
                .map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        Set<String> allServices = manifest.services().stream().map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        List<CheckSpec> order = new ArrayList<>(checks);
        Collections.shuffle(order, random);
        Map<String, CheckReport> reports = new ConcurrentHashMap<>();
        AtomicReference<WorkerGoneException> gone = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Semaphore slots = new Semaphore(CONCURRENCY);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (CheckSpec spec : order) {
                Set<String> reachable = spec.from() == Origin.INSIDE ? allServices : publicServices;
                slots.acquireUninterruptibly();
                if (stop.get()) {
                    slots.release();
                    break;
                }
                threads.execute(() -> {
                    try {
                        CheckReport report = runOne(spec, suite, new RecordingCheckContext(transport, reachable, secrets, spec.params(), random));
                        reports.put(spec.name(), report);
                        if (report.timedOut()) {
                            // A service that hangs once will hang again: the learner gets the verdict now.
                            stop.set(true);
                        }
                    } catch (WorkerGoneException e) {
                        gone.compareAndSet(null, e);
                        stop.set(true);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        List<CheckReport> inManifestOrder = manifest.checks().stream().map(spec -> reports.get(spec.name()))
                .filter(java.util.Objects::nonNull).toList();
        return new Outcome(inManifestOrder, gone.get());
    }

    private static String hiddenMessage(CheckKind kind, boolean passed, boolean timedOut) {
        if (timedOut) {
            return "The service did not answer in time.";
        }
        if (kind == CheckKind.EXPLOIT) {
            return passed ? "The hidden variant was blocked." : "A hidden variant of the attack got through.";
        }
        return passed ? "The feature works." : "The feature does not work as it should.";
    }

    private static boolean readTruncated(RecordingCheckContext context) {
        return context.transcript().stream().anyMatch(exchange -> exchange.response() != null && exchange.response().truncated());
    }

    private static CheckReport runOne(CheckSpec spec, CheckSuite suite, RecordingCheckContext context) {
        long checkStart = System.nanoTime();
        CheckResult result;
        boolean timedOut = false;
        try {
            Check check = suite.instantiate(spec.className());
            result = check.run(context);
            if (result == null) {
                result = CheckResult.fail("the check returned no result");
            }
        } catch (WorkerGoneException e) {
            throw e;
        } catch (SetupFailedException e) {
            result = CheckResult.notSetUp(e.getMessage());
        } catch (ServiceUnreachableException e) {
            timedOut = e.timedOut();
            result = CheckResult.fail("no response from the service: " + e.getMessage());
        } catch (Exception e) {
            result = CheckResult.fail("the check could not complete: " + e);
        }
        if (result.status() == CheckResult.Status.NOT_SET_UP && spec.kind() == CheckKind.FUNCTIONAL) {
            // A functional check that cannot take its first step has found the feature broken.
            result = CheckResult.fail("The feature does not work: " + result.message());
        }
        boolean notSetUp = result.status() == CheckResult.Status.NOT_SET_UP;
        if (spec.kind() == CheckKind.EXPLOIT && result.passed() && readTruncated(context)) {
            // A leak past the cut is still a leak: an answer too long to read in full does not prove the attack blocked.
            result = CheckResult.fail("A response was longer than the " + LoopbackHttp.MAX_BODY_BYTES / 1024
                    + " KiB a check reads, so the attack could not be shown to be blocked.");
        }
        boolean exploitGotThrough = spec.kind() == CheckKind.EXPLOIT && result.status() == CheckResult.Status.FAILED;
        if (spec.visibility() == Visibility.HIDDEN) {
            // A hidden check's message and transcript carry what its worker answered: only pass or fail leaves that worker.
            return new CheckReport(spec.name(), spec.kind(), spec.visibility(), result.passed(),
                    notSetUp ? "The hidden check could not set its attack up." : hiddenMessage(spec.kind(), result.passed(), timedOut),
                    exploitGotThrough ? spec.explanation() : null, spec.clue(), List.of(), timedOut, notSetUp, Grader.millisSince(checkStart));
        }
        return new CheckReport(spec.name(), spec.kind(), spec.visibility(), result.passed(), result.message(),
                exploitGotThrough ? spec.explanation() : null, null, exploitGotThrough ? context.transcript() : List.of(), timedOut,
                notSetUp, Grader.millisSince(checkStart));
    }
}
