package com.salespact.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens from the command line, for scripted setups: what the admin screen does, through the same service (its
 * rules and its admin check). Signed in with an admin's username and password (HTTP Basic, {@link ApiTokensSecurity}),
 * never with a token: a leaked token must not be able to mint more.
 */
@RestController
@RequestMapping(ApiTokensController.PATH)
@Tag(name = "Tokens")
@SecurityRequirement(name = ApiTokensSecurity.SCHEME)
class ApiTokensController {

    static final String PATH = "/api/v1/tokens";

    private final ApiTokenService tokens;

    ApiTokensController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** A token as listed: never the token itself, only its first characters ({@code hint}). */
    record Listed(long id, String name, String hint, ApiScope scope, Long teamId, String teamName, Instant createdAt,
                  Instant lastUsedAt, Instant revokedAt, boolean active) {
    }

    record Listing(List<Listed> items) {
    }

    /** {@code teamId} null or absent: every team. */
    record Create(String name, ApiScope scope, Long teamId) {
    }

    /** Every token, newest first, revoked ones included (with when they were revoked). */
    @GetMapping
    Listing list() {
        return new Listing(tokens.list().stream().map(info -> new Listed(info.id(), info.name(), info.hint(),
                info.scope(), info.teamId(), info.teamName(), info.createdAt(), info.lastUsedAt(), info.revokedAt(),
                info.active())).toList());
    }

    /** A new token; the {@code token} in this answer is shown nowhere else and cannot be read again. */
    @PostMapping
    ResponseEntity<NewApiToken> create(@RequestBody Create request) {
        NewApiToken created = tokens.issue(request.name(), request.scope(), request.teamId());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    /** Revokes the token at once: its next request is refused (401). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        if (!tokens.revoke(id)) {
            throw ApiProblem.notFound();
        }
        return ResponseEntity.noContent().build();
    }
}
