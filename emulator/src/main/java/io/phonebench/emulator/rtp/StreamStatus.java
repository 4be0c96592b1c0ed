package io.phonebench.emulator.rtp;

/** StreamingStatisticsX {@code StreamStatus} values (calltelemetry fixtures; [U] in the reference). */
public enum StreamStatus {
    ACTIVE("Active"), NOT_READY("Not Ready");

    private final String text;

    StreamStatus(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
