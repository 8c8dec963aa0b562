package com.salespact.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class only when the test PostgreSQL answers (see {@link PostgresTestDatabase});
 * otherwise it is skipped with a message saying how to get one. With {@code SALESPACT_TEST_PG_REQUIRED=true} a
 * missing server fails the tests instead.
 * Usually used through {@link PostgresTest}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface EnabledIfPostgres {
}
