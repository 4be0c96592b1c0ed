package io.phonebench.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.FileEntry;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells the result writers (Allure's listener and any other registered through {@link ServiceLoader}) of each event
 * before the progress line, so a test reported finished has its result on disk. Left to the launcher, the order was
 * the reverse: it calls {@code executionFinished} on listeners in reverse order of registration, and the listeners
 * passed to {@code execute} come after the auto-registered ones, so the progress line was printed first and a
 * SIGKILL between the two lost a result the log had reported.
 */
final class ResultsBeforeProgress implements TestExecutionListener {
    private final List<TestExecutionListener> writers;
    private final TestExecutionListener progress;
    private final Consumer<RuntimeException> writerFailure;

    private ResultsBeforeProgress(List<TestExecutionListener> writers, TestExecutionListener progress,
                                  Consumer<RuntimeException> writerFailure) {
        this.writers = writers;
        this.progress = progress;
        this.writerFailure = writerFailure;
    }

    /** The listeners the launcher would auto-register (it must be told not to), then {@code progress}. */
    static ResultsBeforeProgress registered(TestExecutionListener progress, Consumer<RuntimeException> writerFailure) {
        List<TestExecutionListener> writers = new ArrayList<>();
        ServiceLoader.load(TestExecutionListener.class).forEach(writers::add);
        return new ResultsBeforeProgress(writers, progress, writerFailure);
    }

    private void notifyAll(Consumer<TestExecutionListener> event) {
        for (TestExecutionListener writer : writers) {
            try {
                event.accept(writer);
            } catch (RuntimeException e) {
                writerFailure.accept(e);
            }
        }
        event.accept(progress);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        notifyAll(l -> l.testPlanExecutionStarted(plan));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        notifyAll(l -> l.testPlanExecutionFinished(plan));
    }

    @Override
    public void dynamicTestRegistered(TestIdentifier id) {
        notifyAll(l -> l.dynamicTestRegistered(id));
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        notifyAll(l -> l.executionSkipped(id, reason));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        notifyAll(l -> l.executionStarted(id));
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        notifyAll(l -> l.executionFinished(id, result));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        notifyAll(l -> l.reportingEntryPublished(id, entry));
    }

    @Override
    public void fileEntryPublished(TestIdentifier id, FileEntry file) {
        notifyAll(l -> l.fileEntryPublished(id, file));
    }
}
