package io.phonebench.bench.phone;

/**
 * Hears what {@link PhoneStrategy} did about a fault: each recovery power cycle and whether the phone came back,
 * and each phone declared BROKEN. The run's figures are one listener; a strategy reports to the one it is given.
 */
public interface RecoveryListener {
    /** Listens to nothing: a strategy outside a run (a health check, a unit test). */
    RecoveryListener NONE = new RecoveryListener() {
        @Override
        public void recovered(String phone, String fault, boolean back) {
        }

        @Override
        public void broken(String phone, String because) {
        }
    };

    void recovered(String phone, String fault, boolean back);

    void broken(String phone, String because);
}
