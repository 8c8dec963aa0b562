package com.salespact.security;

import com.salespact.security.CompanyIdentity.Status;
import com.salespact.security.CompanyPeople.Newcomer;
import com.salespact.security.SignInSettings.NewPeople;
import com.salespact.security.query.CompanySignInQuery;
import com.salespact.security.query.LoginQuery.LoginAccount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Company sign-in (OpenID Connect, decision 026): after Spring Security has checked the provider's ID token, finds
 * the person behind it — by the provider's issuer + subject, else once by a verified e-mail, else as a newcomer
 * (created, created waiting for an admin, or refused: {@code salespact.sign-in.oidc.new-people}) — and signs them in
 * as the same {@link SignedInUser} a password gives. Inactive people are refused; when roles follow the provider, the
 * role is set again first ({@link ProviderRoles}). Everything it knows lives in the database (no node-local state);
 * the sign-in's own round trip lives in the HTTP session (sticky sessions).
 */
@Component
public class CompanySignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(CompanySignIn.class);

    /** Why a company sign-in was refused; the login page says it in words ({@code login.refused.<reason>}). */
    public static final Set<String> REASONS = Set.of("deactivated", "declined", "unknown", "unverified", "ambiguous",
            "no-role", "no-team", "unavailable", "failed");
    private static final String PREFIX = "salespact_";
    private static final String WAITING = PREFIX + "waiting";

    private final OidcUserService provider = new OidcUserService();
    private final CompanyIdentityRepository identities;
    private final CompanySignInQuery query;
    private final CompanyPeople people;
    private final SignInSettings settings;
    private final ObjectProvider<CompanyProviders> registrations;
    private final ProviderRoles roles;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CompanySignIn(CompanyIdentityRepository identities, CompanySignInQuery query, CompanyPeople people,
                  SignInSettings settings, ObjectProvider<CompanyProviders> registrations, ProviderRoles roles,
                  Clock clock, PlatformTransactionManager transactions) {
        this.identities = identities;
        this.query = query;
        this.people = people;
        this.settings = settings;
        this.registrations = registrations;
        this.roles = roles;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** True when at least one provider is configured ({@code spring.security.oauth2.client.registration.*}). */
    public boolean configured() {
        return registrations.getIfAvailable() != null;
    }

    /** A "Sign in with …" button: the company's name and where it starts. */
    public record Option(String label, String href) {
    }

    /**
     * One button per configured provider (usually one), labelled {@code salespact.sign-in.oidc.label}, else (or with
     * several providers) the registration's client name.
     */
    public List<Option> options() {
        CompanyProviders providers = registrations.getIfAvailable();
        if (providers == null) {
            return List.of();
        }
        // Known from the properties alone: the button is there even while the provider cannot be reached.
        List<CompanyProviders.Configured> configured = providers.configured();
        // The label names the company; with several providers each keeps its own client name.
        String label = settings.getOidc().getLabel();
        List<Option> options = new ArrayList<>();
        for (CompanyProviders.Configured provider : configured) {
            options.add(new Option(label.isEmpty() || configured.size() > 1 ? provider.clientName() : label,
                    SignInLinks.AUTHORIZATION_PATH + provider.registrationId()));
        }
        return options;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        String issuer = String.valueOf(oidc.getIdToken().getIssuer());
        CompanyClaims claims = new CompanyClaims(oidc.getClaims(), settings.getOidc());
        // Committed before a refusal is thrown: a newcomer created to wait for approval stays created.
        Outcome outcome;
        try {
            outcome = transaction.execute(status -> decide(issuer, oidc.getSubject(), claims));
        } catch (DataIntegrityViolationException raced) {
            // The same person's first sign-in in two tabs at once: the other one linked them; this one tries again.
            LOG.info("Company sign-in of {} raced another one: {}", oidc.getSubject(), raced.getMostSpecificCause().getMessage());
            throw refusal("failed", "raced");
        } catch (RuntimeException unexpected) {
            // E.g. a claim SalesPact cannot store: the person reads "did not complete", the log has the cause.
            LOG.warn("Company sign-in of {} failed", oidc.getSubject(), unexpected);
            throw refusal("failed", "unexpected");
        }
        if (outcome.refusal() != null) {
            LOG.info("Company sign-in refused ({}): issuer {}, subject {}, e-mail {}", outcome.refusal(), issuer,
                    oidc.getSubject(), claims.email());
            throw refusal(outcome.refusal(), "refused");
        }
        LoginAccount account = query.person(outcome.personId()).orElseThrow();
        SignedInUser user = new SignedInUser(account.id(), account.username(), account.fullName(),
                Role.valueOf(account.role()), account.teamId(), "", true, false);
        return new CompanySignInUser(user, oidc);
    }

    /** Where a refused company sign-in goes: the waiting page, or the login page saying why. No stack trace. */
    public void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        // At the start of a sign-in Spring wraps what went wrong (e.g. the provider could not be discovered).
        Throwable cause = failure instanceof OAuth2AuthenticationException ? failure : failure.getCause();
        String code = cause instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String target;
        if (WAITING.equals(code)) {
            target = "/" + SignInLinks.WAITING_ROUTE;
        } else {
            String reason = code.startsWith(PREFIX) ? code.substring(PREFIX.length()) : "failed";
            if (!code.startsWith(PREFIX)) {
                // The provider or the token was at fault (e.g. invalid_id_token, access_denied): the admin's log says so.
                LOG.warn("Company sign-in failed: {}", failure.getMessage());
            }
            target = SignInLinks.refused(REASONS.contains(reason) ? reason : "failed");
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    private Outcome decide(String issuer, String subject, CompanyClaims claims) {
        String email = claims.email();
        Optional<CompanyIdentity> known = identities.findByIssuerAndSubject(issuer, subject);
        CompanyIdentity identity;
        if (known.isPresent()) {
            identity = known.get();
        } else {
            if (email != null && !claims.emailVerified()) {
                return Outcome.refused("unverified");
            }
            List<Long> sameEmail = email == null ? List.of() : query.peopleWithEmail(email);
            if (sameEmail.size() > 1) {
                return Outcome.refused("ambiguous");
            }
            if (sameEmail.size() == 1) {
                identity = identities.save(new CompanyIdentity(issuer, subject, sameEmail.getFirst(), email,
                        Status.LINKED, clock.instant()));
            } else if (settings.getOidc().getNewPeople() == NewPeople.REFUSE || !claims.fromAllowedDomain()) {
                return Outcome.refused("unknown");
            } else if (claims.role().isEmpty()) {
                return Outcome.refused("no-role");
            } else {
                identity = newcomer(issuer, subject, claims);
            }
        }
        LoginAccount person = query.person(identity.getPersonId()).orElseThrow();
        if (!person.active() || !person.enabled()) {
            identity.seen(email);
            return switch (identity.getStatus()) {
                case WAITING -> Outcome.refused("waiting");
                case REFUSED -> Outcome.refused("declined");
                case LINKED -> Outcome.refused("deactivated");
            };
        }
        Optional<String> refused = roles.follow(person, claims);
        if (refused.isPresent()) {
            identity.seen(email);
            return Outcome.refused(refused.get());
        }
        identity.signedIn(email, clock.instant());
        return new Outcome(person.id(), null);
    }

    /** A person for somebody SalesPact does not know: active, or waiting for an admin (always so for a rep without a team). */
    private CompanyIdentity newcomer(String issuer, String subject, CompanyClaims claims) {
        Role role = claims.role().orElseThrow();
        Long teamId = role != Role.REP ? null : query.firstTeam(claims.teamNames()).orElse(null);
        boolean waiting = settings.getOidc().getNewPeople() == NewPeople.APPROVE || (role == Role.REP && teamId == null);
        long personId = people.create(new Newcomer(claims.fullName(), claims.usernameWish(), claims.email(), role,
                teamId, settings.getOidc().getRepStyle(), waiting));
        LOG.info("Company sign-in created person {} ({}, {}{})", personId, claims.email(), role,
                waiting ? ", waiting for approval" : "");
        return identities.save(new CompanyIdentity(issuer, subject, personId, claims.email(),
                waiting ? Status.WAITING : Status.LINKED, clock.instant()));
    }

    /** A refusal the failure handler turns into the login page's {@code ?refused=<reason>}. */
    static OAuth2AuthenticationException refusal(String reason, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(PREFIX + reason.toLowerCase(Locale.ROOT), description,
                null));
    }

    /** A person to sign in, or why not. */
    private record Outcome(Long personId, String refusal) {
        static Outcome refused(String reason) {
            return new Outcome(null, reason);
        }
    }
}
