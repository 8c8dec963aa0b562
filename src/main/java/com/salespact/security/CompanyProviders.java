package com.salespact.security;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The company's providers as Spring Boot's {@code spring.security.oauth2.client.*} configure them, each discovered
 * from its issuer on first use rather than at start-up (decision 026): a provider that is down does not stop
 * SalesPact from starting, the login page still offers it, and a click while it is down says so on the login page.
 * A discovery that failed is tried again by a click {@link #RETRY_AFTER} later (meanwhile clicks fail at once instead
 * of each waiting for the provider); one that worked is kept for the life of the node. Replaces Boot's
 * {@code InMemoryClientRegistrationRepository}, which discovers every provider while the application starts.
 */
@Component
@ConditionalOnOAuth2ClientRegistrationProperties
public class CompanyProviders implements ClientRegistrationRepository {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(CompanyProviders.class);

    /** A configured provider as the login page needs it, known without asking the provider anything. */
    public record Configured(String registrationId, String clientName) {
    }

    private final OAuth2ClientProperties properties;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();
    /** Registration id → System.nanoTime() of its last failed discovery (not the Clock bean: tests freeze that). */
    private final Map<String, Long> failedAt = new ConcurrentHashMap<>();

    CompanyProviders(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    /** Every configured provider by registration id; the client name is the registration's, else its id. */
    List<Configured> configured() {
        return properties.getRegistration().entrySet().stream()
                .map(entry -> new Configured(entry.getKey(), entry.getValue().getClientName() != null
                        ? entry.getValue().getClientName() : entry.getKey()))
                .sorted(Comparator.comparing(Configured::registrationId)).toList();
    }

    /**
     * The provider, discovered now if it was not yet; null for an id that is not configured.
     * @throws org.springframework.security.oauth2.core.OAuth2AuthenticationException "unavailable" when the provider
     *         cannot be discovered (Spring's sign-in filters hand it to {@link CompanySignIn#failed})
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.getRegistration().containsKey(registrationId)) {
            return null;
        }
        ClientRegistration known = discovered.get(registrationId);
        return known != null ? known : discover(registrationId);
    }

    /** Only a provider discovered already: signing out never waits for one. */
    ClientRegistration discoveredAlready(String registrationId) {
        return discovered.get(registrationId);
    }

    /** One discovery at a time: the clicks that wait for it get its outcome rather than asking the provider again. */
    private synchronized ClientRegistration discover(String registrationId) {
        ClientRegistration known = discovered.get(registrationId);
        if (known != null) {
            return known;
        }
        Long failed = failedAt.get(registrationId);
        if (failed != null && System.nanoTime() - failed < RETRY_AFTER.toNanos()) {
            throw CompanySignIn.refusal("unavailable", "provider " + registrationId + " failed a moment ago");
        }
        try {
            OAuth2ClientProperties one = new OAuth2ClientProperties();
            one.getRegistration().put(registrationId, properties.getRegistration().get(registrationId));
            one.getProvider().putAll(properties.getProvider());
            ClientRegistration registration = new OAuth2ClientPropertiesMapper(one).asClientRegistrations()
                    .get(registrationId);
            discovered.put(registrationId, registration);
            failedAt.remove(registrationId);
            LOG.info("Company sign-in provider {} discovered ({})", registrationId,
                    registration.getProviderDetails().getIssuerUri());
            return registration;
        } catch (RuntimeException failure) {
            failedAt.put(registrationId, System.nanoTime());
            LOG.warn("Company sign-in provider {} cannot be reached or is misconfigured (tried again on a click {} s "
                    + "from now): {} ({})", registrationId, RETRY_AFTER.toSeconds(), failure.getMessage(),
                    NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            throw CompanySignIn.refusal("unavailable", "provider " + registrationId + " cannot be discovered");
        }
    }
}
