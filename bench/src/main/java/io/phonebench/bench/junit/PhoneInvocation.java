package io.phonebench.bench.junit;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.screen.ScreenNames;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAnswerException;
import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.opentest4j.TestAbortedException;
import org.slf4j.LoggerFactory;

/**
 * One run of a {@link PhoneTest} on one phone: resolves the {@link Phone}, skips phones that lack a required
 * capability or are broken, labels the Allure result with the device, attaches evidence when the test did not pass,
 * and recovers a phone once when the test hit an infrastructure fault.
 */
final class PhoneInvocation implements TestTemplateInvocationContext {
    private final RigSession session;
    private final Phone phone;
    private final Set<Capability> required;

    PhoneInvocation(RigSession session, Phone phone, Set<Capability> required) {
        this.session = session;
        this.phone = phone;
        this.required = required;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return phone.name() + " (" + phone.model().name() + ")";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new Resolver(), new Condition(), new Before(), new After(), new Recovery());
    }

    private final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return PhoneBenchExtension.isPhone(parameter);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return phone;
        }
    }

    private final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (CloseOnTermination.terminating()) {
                return ConditionEvaluationResult.disabled(Verdict.NOT_RUN_TERMINATED);
            }
            for (Capability capability : required) {
                if (!phone.has(capability)) {
                    return ConditionEvaluationResult.disabled("not applicable: " + phone.name() + " ("
                            + phone.model().name() + ") "
                            + phone.whyLacks(capability));
                }
            }
            // The phone's bring-up, waited for here so that no test's time includes its phone's boot; a bring-up
            // that failed is reported by Before, as the test's infrastructure fault.
            try {
                session.awaitBroughtUp(phone);
            } catch (RuntimeException reportedBefore) {
                LoggerFactory.getLogger(PhoneInvocation.class).debug("phone {}: bring-up: {}", phone.name(),
                        reportedBefore.getMessage());
            }
            return ConditionEvaluationResult.enabled("has " + required);
        }
    }

    private final class Before implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            if (!CloseOnTermination.testStarting()) {
                throw new TestAbortedException("not started: the run is terminating");
            }
            ScreenNames.startTest(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
            ResultLabels.apply(phone, context.getRequiredTestClass(), context.getRequiredTestMethod().getName());
            session.awaitBroughtUp(phone);   // done already (Condition), unless it failed: then this reports it
            if (phone.strategy().state() == PhoneState.BROKEN) {
                throw new BenchInfrastructureException("phone " + phone.name() + " is broken: "
                        + phone.strategy().brokenBecause());
            }
            try {
                phone.prepareForTest();
            } catch (RuntimeException fault) {
                // the same one recovery as a fault inside the test: without it every later test of the phone
                // found it where this one left it and went BROKEN at once
                if (!(fault instanceof PhoneAnswerException)) {
                    recoverOnce(fault);
                }
                throw fault;
            }
        }
    }

    private final class After implements AfterTestExecutionCallback, AfterEachCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                // a request the host could not serve (no route, body too long) fails the test that caused it
                try {
                    phone.services().assertNoFailures(phone.address());
                    return;
                } catch (AssertionError unserved) {
                    attachEvidence();
                    throw unserved;
                }
            }
            attachEvidence();
        }

        private void attachEvidence() {
            for (Evidence evidence : phone.evidence()) {
                Allure.addAttachment(evidence.name(), evidence.mediaType(),
                        new ByteArrayInputStream(evidence.content()), "." + evidence.extension());
            }
        }

        /** Also runs when a before-each failed, so a SIGTERM never waits for a test that is not running. */
        @Override
        public void afterEach(ExtensionContext context) {
            CloseOnTermination.testEnded();
        }
    }

    /**
     * An infrastructure fault (timeout, refused connection) gets one power cycle; the test itself stays BROKEN. A
     * phone that answered, but wrongly (an undecodable screenshot, unparseable XML), is up: that is a product
     * deviation from its reference model, so the test is FAILED and the phone is not power cycled.
     */
    private final class Recovery implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable error) throws Throwable {
            if (error instanceof PhoneAnswerException wrong) {
                throw new AssertionError(phone.name() + " answered differently from its reference model: "
                        + wrong.getMessage(), wrong);
            }
            if (Outcome.of(error) == Outcome.BROKEN) {
                recoverOnce(error);
            }
            throw error;
        }
    }

    /** One power cycle for a phone that stopped answering (not for one that answered wrongly, nor a broken one). */
    private void recoverOnce(Throwable error) {
        if (phone.strategy().state() != PhoneState.BROKEN && !phone.answers()) {
            boolean back = phone.strategy().recover(String.valueOf(error.getMessage()));
            Allure.addAttachment("recovery", "text/plain", back
                    ? phone.name() + " did not answer after: " + error.getMessage() + "\nrecovered by one power cycle"
                    : phone.name() + " is broken: " + phone.strategy().brokenBecause(), ".txt");
        }
    }
}
