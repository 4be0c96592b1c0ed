package io.phonebench.bench.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once on every phone of the leased rig, each run receiving its {@code Phone} as a parameter.
 * Combine with {@link Requires} to run only on phones with a capability.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(PhoneBenchExtension.class)
public @interface PhoneTest {
}
