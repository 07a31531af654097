package org.kenshu.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version in the jar's manifest (or "development" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Kenshu Workbench " + (v == null ? "development" : v)};
    }
}
