package se.connectbot.core.dialog;

/**
 * A turn's save lost to another turn of the same dialog that saved first. Never reaches the
 * user: {@link Dialogs} reads the dialog again and answers from where it now stands. Carries no
 * code, unlike the core's other exceptions, because nothing but that retry ever acts on it.
 */
final class DialogChanged extends RuntimeException {

    DialogChanged(DialogRecord record) {
        super("dialog " + record.id() + " was saved by another turn since version " + record.version(), null, false, false);
    }
}
