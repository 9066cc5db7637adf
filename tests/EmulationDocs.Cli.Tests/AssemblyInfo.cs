// The CLI writes to the process-wide Console, which CliRun redirects around each call: tests running
// side by side would read each other's output.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
