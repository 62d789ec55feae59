"""The Spark engine: ``rewind batch`` as a PySpark job.

Inputs are read with ``SparkContext.binaryFiles`` (paths, globs and any URI
Spark's Hadoop file systems accept: file:, hdfs://, s3a:// ...). Each
partition runs ``newsrewind.batch.rows_of_file`` — the same pure functions as
``rewind extract`` — in a Python worker; the language data is loaded once per
worker process (``warm_up`` is cached and Spark reuses its Python workers).
The rows are kept once (persisted) and written as three Parquet tables
partitioned by story and date, plus an ``errors`` table.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsrewind.batch import PARTITION_COLUMNS, PARTITIONED, TABLES, is_uri, rows_of_file, warm_up
from newsrewind.pipeline import Options


@dataclass
class Result:
    counts: dict[str, int]
    errors: list[tuple[str, str]] = field(default_factory=list)


_SPARK_TYPES = {"string": "STRING", "long": "BIGINT", "double": "DOUBLE", "boolean": "BOOLEAN"}


def ddl(table: str) -> str:
    """A Spark DDL schema string for one of the tables."""
    return ", ".join(f"`{name}` {_SPARK_TYPES[kind]}" for name, kind in TABLES[table])


def extract_partition(
    files: Iterable[tuple[str, bytes]], story: str | None, options: Options, max_bytes: int
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) pairs for one partition of (uri, bytes) inputs; runs on the executors."""
    warm_up()
    for uri, data in files:
        for table, rows in rows_of_file(uri, data, story, options, max_bytes).items():
            for row in rows:
                yield table, row


def session(master: str, app: str = "rewind batch", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession for a master URL; local masters bind to the loopback address."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
    )
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def spark_inputs(inputs: Iterable[str]) -> str:
    """Inputs as binaryFiles wants them: comma-separated, local paths made absolute."""
    return ",".join(item if is_uri(item) else os.path.abspath(item) for item in inputs)


def run(
    inputs: list[str],
    out: str,
    *,
    master: str = "local[*]",
    story: str | None = None,
    options: Options | None = None,
    partitions: int | None = None,
    max_bytes: int = 64 * 1024 * 1024,
    conf: dict[str, str] | None = None,
) -> Result:
    """Run the job; returns row counts per table and the inputs that failed."""
    from pyspark import StorageLevel

    options = options or Options()
    spark = session(master, conf=conf)
    try:
        sc = spark.sparkContext
        parts = partitions or max(2, sc.defaultParallelism * 4)
        files = sc.binaryFiles(spark_inputs(inputs), minPartitions=parts)
        if files.getNumPartitions() < parts:
            # small files are packed into few splits: spread them (a shuffle of the raw bytes only)
            files = files.repartition(parts)
        rows = files.mapPartitions(
            lambda it: extract_partition(it, story, options, max_bytes), preservesPartitioning=False
        ).persist(StorageLevel.MEMORY_AND_DISK)
        counts = {table: 0 for table in TABLES}
        counts.update(rows.map(lambda pair: pair[0]).countByValue())  # one pass: extracts and persists
        errors = rows.filter(lambda pair: pair[0] == "errors").map(lambda pair: pair[1]).collect()
        target = out if is_uri(out) else os.path.abspath(out)
        for table in TABLES:
            selected = rows.filter(lambda pair, t=table: pair[0] == t).map(lambda pair: pair[1])
            frame = spark.createDataFrame(selected, schema=ddl(table))
            if table in PARTITIONED:
                writer = (
                    frame.repartition(*PARTITION_COLUMNS)
                    .write.mode("overwrite")
                    .partitionBy(*PARTITION_COLUMNS)
                )
            else:
                writer = frame.coalesce(1).write.mode("overwrite")
            writer.parquet(f"{target.rstrip('/')}/{table}")
        rows.unpersist()
        return Result(counts=dict(counts), errors=[(str(a), str(b)) for a, b in errors])
    finally:
        spark.stop()
