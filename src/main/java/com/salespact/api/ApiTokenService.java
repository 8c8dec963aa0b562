package com.salespact.api;

import com.salespact.base.RuleViolation;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.CurrentUser;
import com.salespact.security.SecretTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (decision 024): an admin creates one per integration, read or write, for one team or all; the token is a
 * random 256-bit value with the prefix {@value #PREFIX}, stored only as its SHA-256 hash and shown once. Every request
 * looks the hash up again, so a revocation takes effect with the next request.
 */
@Service
@Transactional
public class ApiTokenService {

    /** Recognisable in logs, configs and secret scanners. */
    public static final String PREFIX = "spk_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final PeopleService people;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Creates a token; the returned raw token is never stored and cannot be shown again.
     * @param teamId the team the token reaches, null for every team
     * @throws RuleViolation naming the field (name, scope, teamId); nothing is saved
     */
    @PreAuthorize("hasRole('ADMIN')")
    public String create(String name, ApiScope scope, Long teamId) {
        return issue(name, scope, teamId).token();
    }

    /**
     * {@link #create} with the new token's row, for the API's own token endpoint (decision 024, later).
     * @throws RuleViolation naming the field (name, scope, teamId); nothing is saved
     */
    @PreAuthorize("hasRole('ADMIN')")
    public NewApiToken issue(String name, ApiScope scope, Long teamId) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw RuleViolation.at("name", "api.tokens.rule.name");
        }
        if (scope == null) {
            throw RuleViolation.at("scope", "api.tokens.rule.scope");
        }
        if (teamId != null && people.visibleTeams().stream().noneMatch(team -> team.id() == teamId)) {
            throw RuleViolation.at("teamId", "api.tokens.rule.team");
        }
        String raw = PREFIX + SecretTokens.newToken();
        ApiToken token = tokens.save(new ApiToken(name.strip(), SecretTokens.hash(raw),
                raw.substring(0, PREFIX.length() + 4), scope, teamId, currentUser.require().personId(), clock.instant()));
        return new NewApiToken(token.getId(), token.getName(), token.getScope(), token.getTeamId(),
                token.getCreatedAt(), raw);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> list() {
        Map<Long, String> teams = people.visibleTeams().stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        return tokens.findAllByOrderByCreatedAtDesc().stream()
                .map(t -> new ApiTokenInfo(t.getId(), t.getName(), t.getTokenHint(), t.getScope(), t.getTeamId(),
                        t.getTeamId() == null ? null : teams.get(t.getTeamId()), t.getCreatedAt(), t.getRevokedAt(),
                        t.getLastUsedAt()))
                .toList();
    }

    /**
     * Revokes at once: the token's next request is refused (401). Revoking a revoked token changes nothing.
     * @return false when there is no such token
     */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean revoke(long tokenId) {
        Optional<ApiToken> token = tokens.findById(tokenId);
        token.ifPresent(found -> found.revoke(clock.instant()));
        return token.isPresent();
    }

    /**
     * For the API's filter, before anyone is signed in: the caller behind a bearer token, empty when the token is
     * unknown or revoked. Stamps the last use (at most once a minute).
     */
    public Optional<ApiCaller> authenticate(String rawToken) {
        if (!SecretTokens.plausible(rawToken) || !rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(rawToken)).filter(token -> !token.isRevoked()).map(token -> {
            Instant now = clock.instant();
            tokens.touch(token.getId(), now, now.minus(TOUCH_EVERY));
            return new ApiCaller(token.getId(), token.getName(), token.getScope(), token.getTeamId(),
                    token.getCreatedBy());
        });
    }
}
