"""Ask SAF-KG a competency question from Python, the answer as a pandas data frame.

Usage: python3 competency_question.py [BASE_URL] [SITE_ID]
Needs pandas and SPARQLWrapper (Debian: python3-pandas python3-sparqlwrapper; or pip).
"""
import sys
from urllib.parse import urlencode

import pandas as pd
from SPARQLWrapper import SPARQLWrapper, JSON

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030"
site = sys.argv[2] if len(sys.argv) > 2 else "S3"

# 1. A competency question by its name. The server binds siteId as an RDF term: the value travels as a
#    URL parameter (urlencode escapes it) and is never pasted into query text.
url = f"{base}/questions/site-leadership.csv?" + urlencode({"siteId": site})
leadership = pd.read_csv(url, dtype=str, keep_default_na=False)

# 2. Your own SPARQL on the public endpoint, through SPARQLWrapper (no user value in it).
sparql = SPARQLWrapper(f"{base}/safkg/query")
sparql.setQuery("""
PREFIX saf:     <https://w3id.org/safkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?study (COUNT(?e) AS ?episodes)
WHERE { ?e a saf:LeadershipEpisode ; saf:inStudy/dcterms:identifier ?study }
GROUP BY ?study ORDER BY ?study
""")
sparql.setReturnFormat(JSON)
bindings = sparql.queryAndConvert()["results"]["bindings"]
episodes = pd.DataFrame([{var: cell["value"] for var, cell in row.items()} for row in bindings])

print(leadership.to_csv(index=False), end="")
print("---")
print(episodes.to_csv(index=False), end="")
