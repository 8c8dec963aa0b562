package com.salespact.postgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps {@link SecurityContextHolder} pointing at the strategy of the Spring context the test runs in.
 *
 * <p>Vaadin registers its own {@code SecurityContextHolderStrategy} bean per application context (each with its own
 * thread-local) and installs it globally when that context starts. With an H2 and a PostgreSQL context cached in one
 * JVM, the last one started wins, so {@code TestSupport.signIn} would sign in on the other context's strategy and
 * method security would see nobody. This extension installs the test's own context strategy before each test and
 * puts back the previous global strategy after the class, so the H2 tests that run later are not affected.
 */
public class SecurityContextFollowsSpringContext implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SecurityContextFollowsSpringContext.class);
    private static final String PREVIOUS = "previous strategy";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(PREVIOUS, SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        use(SpringExtension.getApplicationContext(context));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy previous =
                context.getStore(NAMESPACE).remove(PREVIOUS, SecurityContextHolderStrategy.class);
        if (previous != null) {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }

    /** Makes {@link SecurityContextHolder} (and so {@code TestSupport.signIn}) act on this application context. */
    public static void use(ApplicationContext applicationContext) {
        SecurityContextHolderStrategy strategy =
                applicationContext.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
