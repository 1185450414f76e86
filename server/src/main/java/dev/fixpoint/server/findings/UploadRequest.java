package dev.fixpoint.server.findings;

import dev.fixpoint.server.accounts.AccountDirectory;

import java.util.regex.Pattern;

/**
 * Where uploaded findings come from, checked before any file is read.
 *
 * @param ref    the branch or tag, or {@code null}
 * @param author the commit author's email, normalized, or {@code null}
 */
record UploadRequest(String repository, String commit, String ref, String author) {

    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9._/-]{1,300}");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,64}");

    /**
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    static UploadRequest of(String repository, String commit, String ref, String author) {
        if (repository == null || !REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("'repository' must be 1 to 300 letters, digits or . _ / -, such as acme/payments");
        }
        if (commit == null || !COMMIT.matcher(commit).matches()) {
            throw new IllegalArgumentException("'commit' must be a commit SHA of 7 to 64 hex digits");
        }
        if (ref != null && (ref.length() > 300 || ref.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("'ref' must be at most 300 characters, without control characters");
        }
        String email;
        try {
            email = author == null || author.isBlank() ? null : AccountDirectory.normalizeEmail(author);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'author': " + e.getMessage());
        }
        return new UploadRequest(repository, commit.toLowerCase(java.util.Locale.ROOT), ref == null || ref.isBlank() ? null : ref, email);
    }
}
