// Each test drives a whole Jupyter kernel or browser; on two cores they run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
