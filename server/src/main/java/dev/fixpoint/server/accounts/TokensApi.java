package dev.fixpoint.server.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The caller's own personal API tokens; another account's token is "not found". */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensApi {

    record NewToken(String name) {
    }

    /** The created token's secret, returned this once. */
    record CreatedToken(String name, String token) {
    }

    private final ApiTokens tokens;

    TokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiToken> list(Authentication authentication) {
        return tokens.list(CurrentAccount.of(authentication));
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@RequestBody NewToken body, Authentication authentication) {
        String name = body == null ? null : body.name();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(name, tokens.create(CurrentAccount.of(authentication), name)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
        if (!tokens.revoke(CurrentAccount.of(authentication), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such token");
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
