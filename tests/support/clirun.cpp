#include "clirun.h"

#include <QProcess>

namespace tb::test {

CliRun runCli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(qEnvironmentVariable("TB_CLI"), args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace tb::test
