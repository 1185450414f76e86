package dev.fixpoint.server.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs simulated learners against a running server at the same time, each on its own thread, and sums up what they met. */
final class LoadDriver {

    /**
     * One load run.
     *
     * @param load         how long learners start new attempts
     * @param verdictLimit how long after the load learners still wait for their last verdicts
     * @param seed         makes each learner's choices of lab, fix and pauses repeatable
     */
    record Plan(URI server, List<String> usernames, String password, List<Fix> fixes, Duration load, Duration verdictLimit, long seed) {
    }

    private LoadDriver() {
    }

    static LoadReport run(Plan plan) throws InterruptedException {
        LoadStats stats = new LoadStats();
        List<Learner> learners = new ArrayList<>();
        List<WebSession> sessions = new ArrayList<>();
        // Seeds drawn from one generator: java.util.Random's first numbers for neighbouring seeds are alike.
        Random seeds = new Random(plan.seed());
        for (int i = 0; i < plan.usernames().size(); i++) {
            WebSession session = new WebSession(plan.server(), stats);
            sessions.add(session);
            learners.add(new Learner(plan.usernames().get(i), plan.password(), plan.fixes(), seeds.nextLong(), session, stats));
        }
        // Learners arrive over the first seconds, as a class does, rather than in one burst of sign-ins.
        long ramp = Math.min(Duration.ofSeconds(5).toNanos(), plan.load().toNanos() / 5) / Math.max(1, learners.size());
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        long deadline = start + plan.load().toNanos();
        long verdictDeadline = deadline + plan.verdictLimit().toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < learners.size(); i++) {
                Learner learner = learners.get(i);
                long arrival = start + i * ramp;
                threads.submit(() -> {
                    Thread.sleep(Duration.ofNanos(Math.max(0, arrival - System.nanoTime())));
                    learner.run(deadline, verdictDeadline);
                    return null;
                });
            }
        }
        double drain = (System.nanoTime() - deadline) / 1e9;
        CpuMeter.Use used = cpu.stop();
        sessions.forEach(WebSession::close);
        return LoadReport.of(stats, learners.size(), plan.load().toSeconds(), drain, learners.stream().map(Learner::submissions).toList(), used);
    }
}
