"""The data package: descriptor, validated loading and one loader per dataset."""

from dashboard.data.package import DataPackage, DatasetUnavailable, load_package
from dashboard.data.problems import Problem

__all__ = ["DataPackage", "DatasetUnavailable", "Problem", "load_package"]
