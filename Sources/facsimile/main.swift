// facsimile: the command-line program. All of its logic lives in the FacsimileCLI module.

import FacsimileCLI
import Foundation

exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
