package org.kenshu.ui.imports;

/** Where the import wizard is: choosing files and options, looking at the preview, running, finished. */
public enum WizardStep {
    OPTIONS,
    PREVIEW,
    RUNNING,
    DONE
}
