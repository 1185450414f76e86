package dev.fixpoint.runtime.java;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Hashes and checks a password once at the lowest cost (the encoder needs commons-logging, which the runtime ships). */
final class SpringCrypto {

    private SpringCrypto() {
    }

    static void run() {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        encoder.matches("warm-up", encoder.encode("warm-up"));
    }
}
