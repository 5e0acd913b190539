"""bilateral-kg: news about diplomacy -> a knowledge graph of bilateral relations."""

from .documents import Document, iter_documents, read_documents
from .errors import AnalysisError, DataError, DocumentError, EndpointError, KGError, QueryError, StoreError
from .extract import Extraction, extract_document
from .store import build, export, forget, open_store, query

__all__ = [
    "Document", "read_documents", "iter_documents",
    "Extraction", "extract_document",
    "open_store", "build", "query", "export", "forget",
    "KGError", "DocumentError", "DataError", "StoreError", "QueryError", "EndpointError", "AnalysisError",
]
