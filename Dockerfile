# The knowledge base on an unprivileged nginx, with the same configuration as `make nginx` and the tests:
# nginx/kennisbank.conf.template, filled in by kennisbank.nginx with the hashes of this build's inline scripts.
#   docker build -t kennisbank .                                  (basis)
#   docker build --build-arg CONFIG=organisaties/x/mkdocs.yml .   (eigen versie)
#   docker run -p 8080:8080 kennisbank
FROM python:3.11-slim AS build
ARG CONFIG=mkdocs.yml
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN NO_MKDOCS_2_WARNING=1 mkdocs build -f "$CONFIG" --site-dir /out/site \
 && python -m kennisbank.nginx --site /out/site --out /out/nginx --listen 8080 --root /usr/share/nginx/html

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY --from=build /out/site /usr/share/nginx/html
COPY --from=build /out/nginx/kennisbank.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
