package org.runmuscle.app;

import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar manifest by the build. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"runmuscle " + (version == null ? "development build" : version)};
    }
}
