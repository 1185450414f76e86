package dev.fixpoint.server.findings;

import dev.fixpoint.findings.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two uploads of a finding the same finding: the scanner's own fingerprints when it gives any (they
 * survive code moving around), else the rule, file, line and message.
 */
record FindingFingerprint(String value) {

    static FindingFingerprint of(Finding finding) {
        StringBuilder identity = new StringBuilder().append(finding.tool()).append('\n').append(finding.ruleId()).append('\n');
        if (!finding.fingerprints().isEmpty()) {
            for (Map.Entry<String, String> entry : new TreeMap<>(finding.fingerprints()).entrySet()) {
                identity.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
            }
        } else {
            Finding.Location location = finding.location();
            identity.append(location == null ? "" : location.uri()).append('\n').append(location == null ? 0 : location.startLine())
                    .append('\n').append(finding.message());
        }
        return new FindingFingerprint(sha256(identity.toString()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
