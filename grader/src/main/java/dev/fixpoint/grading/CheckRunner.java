package dev.fixpoint.grading;

import dev.fixpoint.catalog.Lab;
import dev.fixpoint.catalog.LabManifest;
import dev.fixpoint.catalog.LabManifest.CheckKind;
import dev.fixpoint.catalog.LabManifest.CheckSpec;
import dev.fixpoint.catalog.LabManifest.Exposure;
import dev.fixpoint.catalog.LabManifest.Origin;
import dev.fixpoint.lab.Check;
import dev.fixpoint.lab.CheckResult;
import dev.fixpoint.lab.ServiceUnreachableException;
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
import java.util.Random;
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
    }

    static Outcome run(Lab lab, CheckSuite suite, Transport transport, Map<String, String> secrets, Random random) {
        LabManifest manifest = lab.manifest();
        Set<String> publicServices = manifest.services().stream().filter(service -> service.exposure() == Exposure.PUBLIC)
                .map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        Set<String> allServices = manifest.services().stream().map(LabManifest.ServiceSpec::name).collect(Collectors.toSet());
        List<CheckSpec> order = new ArrayList<>(manifest.checks());
        Collections.shuffle(order, random);
        Map<String, CheckReport> reports = new ConcurrentHashMap<>();
        AtomicReference<WorkerGoneException> gone = new AtomicReference<>();
        AtomicBoolean stop = new AtomicBoolean();
        Semaphore slots = new Semaphore(CONCURRENCY);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (CheckSpec spec : order) {
                Random checkRandom = new Random(random.nextLong());
                Set<String> reachable = spec.from() == Origin.INSIDE ? allServices : publicServices;
                slots.acquireUninterruptibly();
                if (stop.get()) {
                    slots.release();
                    break;
                }
                threads.execute(() -> {
                    try {
                        CheckReport report = runOne(spec, suite, new RecordingCheckContext(transport, reachable, secrets, spec.params(), checkRandom));
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
        } catch (ServiceUnreachableException e) {
            timedOut = e.timedOut();
            result = CheckResult.fail("no response from the service: " + e.getMessage());
        } catch (Exception e) {
            result = CheckResult.fail("the check could not complete: " + e);
        }
        if (spec.kind() == CheckKind.EXPLOIT && result.passed() && readTruncated(context)) {
            // A leak past the cut is still a leak: an answer too long to read in full does not prove the attack blocked.
            result = CheckResult.fail("A response was longer than the " + LoopbackHttp.MAX_BODY_BYTES / 1024
                    + " KiB a check reads, so the attack could not be shown to be blocked.");
        }
        boolean exploitGotThrough = spec.kind() == CheckKind.EXPLOIT && !result.passed();
        return new CheckReport(spec.name(), spec.kind(), spec.visibility(), result.passed(), result.message(),
                exploitGotThrough ? spec.explanation() : null, exploitGotThrough ? context.transcript() : List.of(), timedOut,
                Grader.millisSince(checkStart));
    }
}
