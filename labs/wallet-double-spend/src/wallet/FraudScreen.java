package wallet;

import dev.fixpoint.kit.HttpError;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fraud screen every payment out of a wallet passes before money moves. In production it asks the risk team's
 * scoring model over the network, with the payment and the balance it leaves as features; here the model's rules are
 * a stand-in and its typical latency (about 150 ms) is kept, since the ledger waits for the answer.
 */
public final class FraudScreen {

    /** The scoring model's usual response time. */
    private static final long SCORING_MILLIS = 150;
    /** Payments above this many cents are declined outright. */
    private static final long LARGEST_PAYMENT = 1_000_000;

    /** How many payments out of each wallet the screen has reviewed: the audit trail the regulator asks for. */
    private final Map<String, AtomicInteger> reviewed = new ConcurrentHashMap<>();

    /**
     * Scores a payment of {@code amount} cents out of {@code customer}'s wallet, which holds {@code balance} cents;
     * returns when it is approved, ends the request with 403 when it is declined.
     */
    public void review(String customer, long amount, long balance) {
        reviewed.computeIfAbsent(customer, key -> new AtomicInteger()).incrementAndGet();
        try {
            Thread.sleep(SCORING_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the fraud screen did not answer");
        }
        if (amount > LARGEST_PAYMENT) {
            throw HttpError.forbidden("declined by the fraud screen");
        }
    }

    /** How many payments out of {@code customer}'s wallet the screen has reviewed. */
    public int reviews(String customer) {
        AtomicInteger count = reviewed.get(customer);
        return count == null ? 0 : count.get();
    }
}
