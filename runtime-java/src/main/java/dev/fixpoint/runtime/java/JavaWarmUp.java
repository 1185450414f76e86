package dev.fixpoint.runtime.java;

import dev.fixpoint.lab.host.WarmUp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Warms the libraries of the "java" runtime that are on the worker's class path: each library's first use in
 * a fresh JVM costs hundreds of milliseconds (H2 alone about 400 ms here), which would otherwise be paid by
 * every submission. Libraries a lab does not use are absent and skipped.
 */
public final class JavaWarmUp implements WarmUp {

    private static final int ROUNDS = 15;

    @Override
    public void run() throws Exception {
        // Each library's code sits in its own class, loaded only when that library is present.
        if (present("org.h2.Driver")) {
            H2.run(ROUNDS);
        }
        if (present("com.fasterxml.jackson.databind.ObjectMapper")) {
            Jackson.run(ROUNDS);
        }
        if (present("com.nimbusds.jose.JWSObject")) {
            Nimbus.run(ROUNDS);
        }
        if (present("org.jsoup.Jsoup")) {
            Jsoup.run(ROUNDS);
        }
        if (present("org.springframework.security.crypto.bcrypt.BCrypt")) {
            SpringCrypto.run();
        }
        if (present("dev.fixpoint.kit.Router")) {
            Kit.run(ROUNDS);
        }
        xml();
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, JavaWarmUp.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static void xml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        for (int i = 0; i < ROUNDS; i++) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream("<a><b c=\"d\">e &amp; f</b></a>".getBytes(StandardCharsets.UTF_8)));
        }
    }
}
