package dev.fixpoint.server.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    /** A clock the test moves forward. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-29T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private static UsernamePasswordAuthenticationToken attempt(String username, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, "guess");
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private void fail(String username, String address) {
        throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt(username, address), new BadCredentialsException("bad")));
    }

    @Test
    void failuresFromAnyAddressDelayANamesChecksByADoublingWaitUpToItsCap() {
        for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
            fail("alice", "127.0.0." + i);
            assertThat(throttle.nameWait("Alice")).as("after %d failures", i).isEmpty();
        }
        fail("alice", "127.0.0.5");
        assertThat(throttle.nameWait("ALICE")).hasValue(Duration.ofSeconds(1));

        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.nameWait("alice")).as("the wait is over").isEmpty();
        fail("alice", "127.0.0.6");
        assertThat(throttle.nameWait("alice")).hasValue(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) {
            fail("alice", "127.0.0.7");
        }
        assertThat(throttle.nameWait("alice")).hasValue(LoginThrottle.MAX_DELAY);
        assertThat(throttle.nameWait("bob")).isEmpty();
    }

    @Test
    void aNamesFailuresAreForgottenAWindowAfterTheLastOrWhenAnAdministratorUnlocksIt() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
            fail("carol", "127.0.0.8");
        }
        clock.now = clock.now.plus(LoginThrottle.WINDOW).minusSeconds(1);
        assertThat(throttle.failures("carol")).isEqualTo(LoginThrottle.FREE_FAILURES + 2);
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.failures("carol")).isZero();
        assertThat(throttle.nameWait("carol")).isEmpty();

        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            fail("dave", "127.0.0.8");
        }
        assertThat(throttle.nameWait("dave")).isPresent();
        assertThat(throttle.unlock("Dave")).isTrue();
        assertThat(throttle.nameWait("dave")).isEmpty();
        assertThat(throttle.unlock("dave")).as("nothing left to unlock").isFalse();
    }

    @Test
    void anAddressGuessingManyNamesIsLockedWhileOtherAddressesAreNot() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            assertThat(throttle.isAddressBlocked("127.0.0.9")).isFalse();
            fail("name-" + i, "127.0.0.9");
        }
        assertThat(throttle.isAddressBlocked("127.0.0.9")).isTrue();
        assertThat(throttle.isAddressBlocked("127.0.0.10")).isFalse();
        assertThat(throttle.nameWait("name-0")).as("one failure per name slows no name").isEmpty();

        throttle.succeeded(new AuthenticationSuccessEvent(attempt("name-0", "127.0.0.9")));
        assertThat(throttle.isAddressBlocked("127.0.0.9")).as("a working account does not unlock the address").isTrue();
        clock.now = clock.now.plus(LoginThrottle.WINDOW);
        assertThat(throttle.isAddressBlocked("127.0.0.9")).isFalse();
    }

    @Test
    void guessingEverMoreNamesDoesNotFillTheMemory() {
        for (int i = 0; i < LoginThrottle.PRUNE_ABOVE; i++) {
            fail("random-" + i, "127.0.0.11");
        }
        assertThat(throttle.remembered()).isEqualTo(LoginThrottle.PRUNE_ABOVE + 1);
        clock.now = clock.now.plus(LoginThrottle.WINDOW);
        fail("one-more", "127.0.0.11");
        assertThat(throttle.remembered()).as("expired names and addresses forgotten").isEqualTo(2);
    }
}
