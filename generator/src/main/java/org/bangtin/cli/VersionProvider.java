package org.bangtin.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (a development build has none). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"bangtin " + (version == null ? "(development build)" : version)};
    }
}
