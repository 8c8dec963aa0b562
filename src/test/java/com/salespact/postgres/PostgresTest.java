package com.salespact.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * A {@code @SpringBootTest} on PostgreSQL: profiles {@code test} + {@code pgtest} (the H2 test setup with the
 * datasource swapped, the schema cleaned and migrated once per Spring context, the demo company seeded), skipped
 * when no server answers. {@link SecurityContextFollowsSpringContext} keeps {@code TestSupport.signIn} working
 * while an H2 and a PostgreSQL context share the JVM. Not tagged {@code postgres}: these tests run in the ordinary {@code ./mvnw test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfPostgres
@ExtendWith(SecurityContextFollowsSpringContext.class)
@ActiveProfiles({"test", "pgtest"})
public @interface PostgresTest {
}
