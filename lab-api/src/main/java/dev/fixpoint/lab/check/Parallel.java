package dev.fixpoint.lab.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends calls at the same instant, for race checks (a double spend, a check-then-act): each call waits on its own thread
 * until all are ready, then all are released together. A service of the {@code java} runtime serves four requests at
 * once; more wait in its queue, so a race needs no more than four.
 */
public final class Parallel {

    private Parallel() {
    }

    /** Sends {@code call} {@code times} times at once; the replies in the order the calls were started. */
    public static List<Reply> send(Call call, int times) {
        return send(Collections.nCopies(times, call));
    }

    /** Sends every call at once; the replies in the order of {@code calls}. */
    public static List<Reply> send(List<Call> calls) {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Call call : calls) {
                replies.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.send();
                }));
            }
            ready.await();
            go.countDown();
            List<Reply> answers = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answers.add(reply.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending parallel requests", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
