package org.safkg.server;

import org.apache.jena.cmd.CmdGeneral;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.cmds.FusekiMain;
import org.apache.jena.fuseki.main.cmds.ServerArgs;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.main.sys.FusekiServerArgsCustomiser;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;

/**
 * The standalone jena-fuseki-server's command line (--config, --port, ...), with SAF-KG's module
 * beside the admin and UI modules: the plain server command takes a fixed module list and does not
 * load {@link SafkgFusekiModule} from the class path. See fuseki-config/README.md.
 */
public final class StandaloneFuseki {
    private StandaloneFuseki() {}

    public static void main(String... args) {
        FusekiModules modules = FusekiModules.create(FMod_Admin.create(), FMod_UI.create(), new SafkgFusekiModule());
        FusekiMain.resetCustomisers();
        FusekiMain.addCustomiser(new FusekiServerArgsCustomiser() {
            @Override
            public void serverArgsModify(CmdGeneral fusekiCmd, ServerArgs serverArgs) {
                serverArgs.fusekiModules = modules;
            }
        });
        modules.forEach(FusekiMain::addCustomiser);
        FusekiServer server;
        try {
            server = FusekiMain.builder(args).build();
        } finally {
            FusekiMain.resetCustomisers();
        }
        server.start().join();
    }
}
