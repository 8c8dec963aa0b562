package com.salespact.security;

import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wall-screen keys: a manager (own team) or admin creates, names and revokes them; a TV opens the wall with one and
 * no login. Tokens are random 256-bit values stored only as SHA-256 hashes; revocation takes effect immediately.
 */
@Service
@Transactional
public class DisplayTokenService {

    private final DisplayTokenRepository tokens;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisplayTokenService(DisplayTokenRepository tokens, CurrentUser currentUser, ApplicationEventPublisher events,
                        Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a token for a team; the returned raw token is never stored and cannot be shown again. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public String create(String name, long teamId, int slideSeconds) {
        checkTeam(teamId);
        if (name == null || name.isBlank() || name.length() > 120) {
            throw RuleViolation.at("name", "displays.rule.name", Messages.text("displays.name.placeholder"));
        }
        if (slideSeconds < 5 || slideSeconds > 600) {
            throw RuleViolation.at("slideSeconds", "displays.rule.seconds");
        }
        String raw = SecretTokens.newToken();
        tokens.save(new DisplayToken(name.strip(), hash(raw), teamId, slideSeconds, currentUser.require().personId(),
                clock.instant()));
        return raw;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<DisplayTokenInfo> list() {
        SignedInUser user = currentUser.require();
        List<DisplayToken> found = user.isAdmin() ? tokens.findAllByOrderByCreatedAtDesc()
                : tokens.findByTeamIdOrderByCreatedAtDesc(user.teamId() == null ? -1L : user.teamId());
        return found.stream().map(t -> new DisplayTokenInfo(t.getId(), t.getName(), t.getTeamId(), t.getSlideSeconds(),
                t.getCreatedAt(), t.getRevokedAt(), t.getLastSeenAt())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public void revoke(long tokenId) {
        DisplayToken token = tokens.findById(tokenId).orElseThrow(() -> RuleViolation.of("displays.rule.gone"));
        checkTeam(token.getTeamId());
        token.revoke(clock.instant());
        events.publishEvent(new DisplayRevoked(tokenId, token.getTeamId()));
    }

    /** For the wall screen: no login, just the token from its URL. Empty when unknown or revoked. */
    public Optional<DisplayGrant> open(String rawToken) {
        if (!SecretTokens.plausible(rawToken)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(rawToken)).filter(token -> !token.isRevoked()).map(token -> {
            token.seen(clock.instant());
            return new DisplayGrant(token.getId(), token.getTeamId(), token.getName(), token.getSlideSeconds());
        });
    }

    /** Re-checked on every read, so a revoked screen gets nothing more. */
    @Transactional(readOnly = true)
    public boolean isValid(DisplayGrant grant) {
        return grant != null && tokens.findById(grant.tokenId()).filter(token -> !token.isRevoked()).isPresent();
    }

    /** @throws AccessDeniedException unless the grant is still valid for this team */
    @Transactional(readOnly = true)
    public void check(DisplayGrant grant, long teamId) {
        if (!isValid(grant) || grant.teamId() != teamId) {
            throw new AccessDeniedException("Display not authorised");
        }
    }

    /**
     * Runs {@code work} as the screen: a DISPLAY principal scoped to the grant's team, on this thread only and only
     * for this call (it never enters the HTTP session, so the screen cannot open other pages).
     * @throws AccessDeniedException when the token was revoked meanwhile
     */
    public <T> T callAs(DisplayGrant grant, java.util.function.Supplier<T> work) {
        if (!isValid(grant)) {
            throw new AccessDeniedException("Display not authorised");
        }
        SignedInUser display = new SignedInUser(-grant.tokenId(), "display-" + grant.tokenId(), grant.name(),
                Role.DISPLAY, grant.teamId(), "", true, false);
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(display, null,
                display.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void checkTeam(long teamId) {
        SignedInUser user = currentUser.require();
        if (!user.isAdmin() && !Long.valueOf(teamId).equals(user.teamId())) {
            throw new AccessDeniedException("Not your team");
        }
    }

    static String hash(String raw) {
        return SecretTokens.hash(raw);
    }
}
